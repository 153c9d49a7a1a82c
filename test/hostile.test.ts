/**
 * Hostile input against the built package: every probe of test/hostile/probes.mjs runs in a
 * process of its own with a 512 MB heap and a time limit, and must answer — not crash, not hang,
 * not lose data. Time bounds: 1 s for a loader call, 2 s for an API call, 10 s for a CLI run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';
import { encodeGbk } from './support/gbk.js';

interface ProbeOutput {
  summary?: any;
  error?: { name: string; message: string };
  ms: number;
}

function probe(name: string): ProbeOutput {
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', '--expose-gc', join(ROOT, 'test/hostile/run-probe.mjs'), name], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (r.status !== 0) throw new Error(`probe "${name}" died (status ${r.status}, signal ${r.signal}): ${r.stderr.slice(0, 500)}`);
  return JSON.parse(r.stdout) as ProbeOutput;
}

const LOADER_MS = 1000;
const API_MS = 2000;

/** Each probe, its time bound and what must come out. */
const CASES: [string, number, (summary: any) => void][] = [
  ['far-future application date', API_MS, (s) => {
    expect(s.ok).toBe(false);
    expect(s.codes).toContain('date.out-of-range');
    expect(s.beyondData).toBeLessThanOrEqual(1);
    expect(s.issues).toBeLessThan(20);
  }],
  ['far-future today', API_MS, (s) => expect(s.threw).toBe('InvalidDateError')],
  ['far-future now in createCase', API_MS, (s) => expect(s.threw).toBe('InvalidDateError')],
  ['deadlines across several years without data', API_MS, (s) => expect(s.beyondData).toEqual(['2099–2100'])],
  ['region cache with 300 different 1 MB regions', API_MS * 2, (s) => {
    expect(s.growthMB).toBeLessThan(50);
    expect(s.codes).toContain('input.too-long');
  }],
  ['a million materials', API_MS, (s) => expect(s.codes).toContain('input.too-many')],
  ['a 10 MB name', API_MS, (s) => {
    expect(s.codes).toContain('input.too-long');
    expect(s.longestMessage).toBeLessThan(1000);
  }],
  ['a 50 MB policy file of one string', LOADER_MS, (s) => expect(s).toEqual({ error: 'PolicyError', codes: ['file.too-large'], files: ['big.yaml'] })],
  ['a policy file of 1.9 million nodes', LOADER_MS, (s) => expect(s).toMatchObject({ error: 'PolicyError', codes: ['file.too-large'] })],
  ['a 5 MB policy file', LOADER_MS, (s) => expect(s).toMatchObject({ error: 'PolicyError', codes: ['file.too-large'] })],
  ['parsePolicyYaml of 50 MB', LOADER_MS, (s) => expect(s.codes).toEqual(['file.too-large'])],
  ['YAML nested 10,000 deep (flow)', LOADER_MS, (s) => expect(s.codes).toEqual(['yaml.too-deep'])],
  ['YAML nested 1,000 deep (block)', LOADER_MS, (s) => expect(s.codes).toEqual(['yaml.too-deep'])],
  ['a 10,000-deep condition in YAML', LOADER_MS, (s) => expect(s).toMatchObject({ error: 'PolicyError', codes: ['yaml.too-deep'], files: ['deep.yaml'] })],
  ['a 10,000-deep condition without YAML', LOADER_MS, (s) => expect(s).toEqual({ error: 'PolicyError', codes: ['condition.too-deep'] })],
  ['10,000 not: decorators', LOADER_MS, (s) => expect(s).toMatchObject({ error: 'PolicyError', codes: ['condition.too-deep'] })],
  ['named conditions referring 1,000 deep', LOADER_MS, (s) => expect(s).toMatchObject({ error: 'PolicyError', codes: ['condition.too-deep'] })],
  // What could not be read is noted on the case's first history entry; the validation is of what is stored.
  ['createCase with a 100,000-deep known field', API_MS, (s) => {
    expect(s.plain).toBe(true);
    expect(s.dropped).toEqual(['input.too-deep']);
    expect(s.codes).toContain('input.type');
    expect(s.revalidated).toBe(true);
  }],
  ['createCase with a 100,000-deep unknown field', API_MS, (s) => {
    expect(s).toEqual({ plain: true, ok: expect.any(Boolean), sameAsClean: true, dropped: ['input.too-deep'], revalidated: true });
  }],
  ['validateTransfer with a 100,000-deep field', API_MS, (s) => expect(s.codes).not.toContain('input.not-object')],
  ['the YAML alias bomb', LOADER_MS, (s) => {
    expect(s.parse).toEqual(['yaml.syntax']);
    expect(s.folder).toContain('bomb.yaml yaml.syntax');
    expect(s.load).toMatchObject({ error: 'PolicyError', files: ['bomb.yaml'] });
  }],
  ['a *.yaml link to a folder, and a dangling one', LOADER_MS, (s) => {
    expect(s.folder).toEqual(expect.arrayContaining(['dangling.yaml file.unreadable 1:1', 'folder.yaml file.unreadable 1:1']));
    expect(s.load).toMatchObject({ error: 'PolicyError', codes: ['file.unreadable'], files: ['dangling.yaml', 'folder.yaml'] });
  }],
  ['an empty policy file', LOADER_MS, (s) => expect(s.problems).toEqual(['schema 1:1'])],
  ['validateTransfer with a throwing getter', API_MS, (s) => expect(s.codes).toContain('input.unreadable')],
  ['validateTransfer with throwing and revoked proxies', API_MS, (s) => {
    for (const codes of [s.a, s.b, s.c]) expect(codes).toContain('input.unreadable');
  }],
  ['validateTransfer with null-prototype objects', API_MS, (s) => expect(s.same).toBe(true)],
  ['createCase and transition with hostile objects', API_MS, (s) =>
    expect(s).toEqual({
      created: true,
      createdDropped: ['input.unreadable'],
      viaProxy: 'invalid-case',
      revoked: 'invalid-event',
      edit: true,
    })],
  ['transitionMany with one bad entry', API_MS, (s) =>
    expect(s).toEqual({ results: 5, succeeded: 1, failed: 4, codes: ['ok', 'invalid-case', 'invalid-case', 'invalid-case', 'invalid-case'] })],
  ['detectFileType of things that are not bytes', API_MS, (s) => expect(s).toEqual({ number: null, string: null, object: null, bigArray: 'pdf' })],
  ['an application inside "__proto__"', API_MS, (s) => expect(s).toEqual({ storedKeys: ['__proto__'], prototypeIsObject: true, ok: false, sameAgain: true })],
  ['"__proto__" keys at every level', API_MS, (s) => expect(s).toEqual({ keptAsData: true, inherited: false, ok: true })],
  ['a cyclic case and a case with unknown keys', API_MS, (s) => {
    expect(s.cyclic).toBe('invalid-case');
    expect(s.outside).toBe(false);
    expect(s.nextKeys).toEqual(['application', 'applicationVersion', 'createdAt', 'history', 'id', 'items', 'schemaVersion', 'stage', 'updatedAt', 'validation', 'version']);
    expect(s.createdPlain).toBe(true);
    expect(s.createdDropped).toEqual(['input.cyclic']);
    expect(s.createdRevalidated).toBe(true);
  }],
  ['insurance type "constructor"', API_MS, (s) => expect(s).toEqual({ nativeCode: false, unknown: 5 })],
  ['named conditions "constructor", "toString", "__proto__"', LOADER_MS * 2, (s) => {
    for (const [, codes] of s.referred) expect(codes).toEqual(['condition.unknown-named']);
    expect(s.defined).toEqual(['yaml.reserved-key']);
  }],
];

describe('hostile input, each in its own process with a 512 MB heap', () => {
  it.each(CASES)('%s', (name, bound, check) => {
    const out = probe(name);
    expect(out.error, JSON.stringify(out.error)).toBeUndefined();
    check(out.summary);
    expect(out.ms, `${name} took ${out.ms} ms`).toBeLessThan(bound);
  });

  it('covers every probe there is', async () => {
    const modulePath = './hostile/probes.mjs';
    const { probes } = (await import(modulePath)) as { probes: Record<string, unknown> };
    expect(Object.keys(probes).sort()).toEqual(CASES.map(([name]) => name).sort());
  });
});

describe('the CLI and hostile files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shebao-hostile-cli-'));
  const run = (...args: string[]) => {
    const start = Date.now();
    const r = spawnSync(process.execPath, ['--max-old-space-size=512', join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 10_000 });
    return { ...r, ms: Date.now() - start };
  };
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it('never copies control characters from a binary file to the terminal', () => {
    const file = join(dir, 'binary.json');
    writeFileSync(file, Buffer.from([0x1b, 0x5b, 0x32, 0x4a, 0x00, 0x9b, 0xff, 0xfe, 0x1b, 0x5d, 0x30, 0x3b]));
    const r = run('validate', file);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(CONTROL);
    expect(r.stdout).toBe('');
    expect(r.ms).toBeLessThan(10_000);
  });

  it('escapes control characters that valid JSON carries into a report', () => {
    const file = join(dir, 'escape.json');
    writeFileSync(file, JSON.stringify({ applicant: { name: '\u001b[2J\u001b]0;pwned\u0007', idNumber: '\u009b6n' }, from: { region: '\u001b[31m贵阳' }, to: { region: '哈尔滨' }, insuranceTypes: ['pension'] }));
    for (const format of ['text', 'md', 'json']) {
      const r = run('validate', file, '--today', '2026-11-20', '--format', format);
      expect(r.status).toBe(1);
      expect(r.stdout, format).not.toMatch(CONTROL);
      expect(r.stdout).toContain('\\u001b');
    }
    const json = JSON.parse(run('validate', file, '--today', '2026-11-20', '--json').stdout);
    expect(json.issues.some((i: { message: string }) => i.message.includes('\u001b'))).toBe(true);
  });

  it('reads a GBK file as GB18030 with a warning, so that region names stay right', () => {
    const seed = JSON.parse(readFileSync(join(ROOT, 'fixtures/applications/guiyang-to-harbin.json'), 'utf8'));
    const file = join(dir, 'gbk.json');
    writeFileSync(file, encodeGbk(JSON.stringify(seed)));
    const r = run('validate', file, '--today', '2026-11-20');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('不是 UTF-8 编码，已按 GB18030（GBK）读取');
    expect(r.stdout).toContain('贵州省贵阳市南明区 → 黑龙江省哈尔滨市道里区');
  });

  it('explain --types constructor names no function source', () => {
    const r = run('explain', '--from', '贵阳', '--to', '哈尔滨', '--types', 'constructor,toString');
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('native code');
    expect(r.stdout).toContain('无法识别的险种：constructor');
  });
});

