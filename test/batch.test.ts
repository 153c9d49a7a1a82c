/**
 * Bulk validation: validateBatch over arrays, iterables and async iterables, validateParallel on
 * worker threads (from the built package, as users run it), the NDJSON pipeline of the CLI, and
 * the JSON writer behind it — each held to what validateTransfer gives one application at a time.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { summarizeValidations, validateBatch, validateTransfer } from '../src/index.js';
import { JsonLineWriter } from '../src/node/parallel/json-line-writer.js';
import { generateApplications } from './support/generate-applications.js';
import { ROOT, TODAY } from './support/fixtures.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const NODE_ENTRY = join(ROOT, 'dist', 'node.js');
const options = { today: TODAY } as const;

beforeAll(() => {
  if (!existsSync(CLI) || !existsSync(NODE_ENTRY)) throw new Error('dist/ is missing: run `npm run build` before the tests');
});

/** Hostile entries a batch meets in real streams: not objects, broken fields, getters that throw. */
function brokenEntries(): unknown[] {
  const throwing = Object.defineProperty({}, 'applicant', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  return [null, 42, 'text', [], { applicant: 1 }, throwing, new Proxy({}, { get: () => { throw new Error('trap'); } })];
}

describe('validateBatch', () => {
  const apps = generateApplications(400, 21);

  it('gives, in input order, exactly what validateTransfer gives one at a time', () => {
    const batch = validateBatch(apps, options);
    const results = [...batch];
    expect(results.map((r) => JSON.stringify(r))).toEqual(apps.map((a) => JSON.stringify(validateTransfer(a, options))));
    expect(batch.count).toBe(apps.length);
  });

  it('takes any iterable and async iterable, and computes a result only when asked for it', async () => {
    let read = 0;
    function* lazily() {
      for (const app of apps.slice(0, 50)) {
        read++;
        yield app;
      }
    }
    const batch = validateBatch(lazily(), options);
    const first = batch.next();
    expect(first.done).toBe(false);
    expect(read).toBe(1);
    async function* streamed() {
      for (const app of apps.slice(0, 50)) yield app;
    }
    const results = [];
    for await (const result of validateBatch(streamed(), options)) results.push(result);
    expect(results).toEqual(apps.slice(0, 50).map((a) => validateTransfer(a, options)));
  });

  it('never stops on a broken application', () => {
    const entries = [apps[0], ...brokenEntries(), apps[1]];
    const results = [...validateBatch(entries, options)];
    expect(results).toHaveLength(entries.length);
    expect(results[0]).toEqual(validateTransfer(apps[0], options));
    expect(results.at(-1)).toEqual(validateTransfer(apps[1], options));
    for (const result of results.slice(1, -1)) expect(result.ok).toBe(false);
  });

  it('stops with the error of an iterable that throws, after the results before it', () => {
    function* failing() {
      yield apps[0];
      throw new Error('the source broke');
    }
    const batch = validateBatch(failing(), options);
    expect(batch.next().done).toBe(false);
    expect(() => batch.next()).toThrow('the source broke');
  });

  it('checks its options at once, before any application', () => {
    expect(() => validateBatch(apps, { today: '2026-02-30' })).toThrow(/YYYY-MM-DD/);
    expect(() => validateBatch(apps, { planCacheSize: -1 })).toThrow(TypeError);
    expect(() => validateBatch(42 as never)).toThrow(/iterable/);
  });

  it('sums up decisions, issue codes and routes as summarizeValidations does over the results', () => {
    const batch = validateBatch(apps, options);
    const results = [...batch];
    const summary = batch.summary;
    expect(summary).toEqual(summarizeValidations(results));
    expect(summary.applications).toBe(apps.length);
    expect(summary.ok + summary.withErrors).toBe(apps.length);
    const items = results.flatMap((r) => r.items);
    for (const [decision, count] of Object.entries(summary.decisions)) expect(count).toBe(items.filter((i) => i.decision === decision).length);
    const codes = results.flatMap((r) => r.issues.map((i) => i.code));
    for (const figure of summary.issues) {
      expect(figure.count).toBe(codes.filter((c) => c === figure.code).length);
      expect(figure.applications).toBe(results.filter((r) => r.issues.some((i) => i.code === figure.code)).length);
    }
    expect(summary.routes.reduce((n, r) => n + r.applications, 0)).toBe(apps.length);
    const guiyang = summary.routes.find((r) => r.from === '520100');
    if (guiyang) expect(guiyang.fromName).toBe('贵州省贵阳市');
    const odd = summarizeValidations([null, 1, { items: 'x' }, results[0], { ok: true, items: [], issues: [{ code: 'made-up' }] }] as never);
    expect(odd.applications).toBe(2);
    expect(odd.invalid).toBe(3);
    expect(odd.issues.map((i) => i.code)).not.toContain('made-up');
  });
});

describe('validateParallel', () => {
  it('on worker threads, keeps input order and gives the same results as in this thread', async () => {
    const { validateParallel } = await import(NODE_ENTRY);
    const apps = [...generateApplications(600, 33), ...brokenEntries().slice(0, 5)];
    const run = validateParallel(apps, { ...options, jobs: 2, chunkSize: 37 });
    const results: unknown[] = [];
    for await (const result of run) results.push(result);
    expect(run.threads).toBe(2);
    expect(JSON.stringify(results)).toBe(JSON.stringify(apps.map((a) => validateTransfer(a, options))));
    expect(run.summary.applications).toBe(apps.length);
  });

  it('does what no worker can take in this thread: getters, proxies and functions cannot be copied to a thread', async () => {
    const { validateParallel } = await import(NODE_ENTRY);
    const apps = [...brokenEntries(), { applicant: () => 1 }];
    const results: { ok: boolean }[] = [];
    for await (const result of validateParallel(apps, { ...options, jobs: 2, chunkSize: 1 })) results.push(result);
    expect(results).toHaveLength(apps.length);
    for (const result of results) expect(result.ok).toBe(false);
  });

  it('falls back to this thread with jobs: 0, and for a rule set it cannot rebuild in a worker', async () => {
    const { validateParallel, getBundledPolicies } = await import(NODE_ENTRY);
    const apps = generateApplications(20, 5);
    const inThread = validateParallel(apps, { ...options, jobs: 0 });
    const out = [];
    for await (const r of inThread) out.push(r);
    expect(inThread.threads).toBe(0);
    expect(out).toHaveLength(20);
    const handMade = { ...getBundledPolicies() };
    const run = validateParallel(apps, { ...options, policies: handMade, jobs: 2 });
    for await (const r of run) void r;
    expect(run.threads).toBe(0);
    expect(run.count).toBe(20);
  });

  it('holds only a bounded number of chunks: the source is read as fast as results are taken', async () => {
    const { validateParallel } = await import(NODE_ENTRY);
    let read = 0;
    const apps = generateApplications(2000, 8);
    function* source() {
      for (const app of apps) {
        read++;
        yield app;
      }
    }
    const run = validateParallel(source(), { ...options, jobs: 2, chunkSize: 10, chunksPerWorker: 2 });
    const first = await run.next();
    expect(first.done).toBe(false);
    // 2 workers × 2 chunks × 10 applications outstanding, and the chunk being filled.
    expect(read).toBeLessThanOrEqual(2 * 2 * 10 + 10);
    await run.return(undefined);
  });
});

describe('shebao-transfer validate --ndjson', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shebao-ndjson-'));
  const apps = generateApplications(300, 44);
  const lines = apps.map((a) => JSON.stringify(a));
  lines.splice(3, 0, '', '{"applicant": ', '   ');
  lines.push('[1, 2');
  const file = join(dir, 'applications.ndjson');
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\n`);

  const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, 'validate', '--ndjson', ...args, '--today', TODAY], { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 1 << 30 });

  it('writes one result per application line, in order, with a result for each line that is not JSON', () => {
    for (const jobs of ['1', '2']) {
      const r = run([file, '--jobs', jobs]);
      expect(r.status).toBe(1); // some applications have errors
      expect(r.stderr).toBe('');
      const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(out).toHaveLength(apps.length + 2);
      const bad = out[3];
      expect(bad.ok).toBe(false);
      expect(bad.issues[0].code).toBe('input.invalid-json');
      expect(bad.issues[0].params.line).toBe(5); // the BOM-free line numbers of the file, blank lines counted
      expect(out.at(-1).issues[0].params.line).toBe(lines.length);
      expect([bad.line, bad.id]).toEqual([5, null]);
      // Each line leads with its line number in the file and the application's id, then the whole result.
      const lineOf = (j: number) => (j < 3 ? j + 1 : j + 4);
      const expected = apps.map((a, j) => JSON.stringify({ line: lineOf(j), id: typeof a.id === 'string' ? a.id : null, ...validateTransfer(a, options) }));
      const got = out.filter((_, i) => i !== 3 && i !== out.length - 1).map((o) => JSON.stringify(o));
      expect(got).toEqual(expected);
    }
  });

  it('writes a summary line per application with --output summary: id, line, decisions and issue codes', () => {
    const validateLine = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'schema/ndjson-summary-line.schema.json'), 'utf8')));
    for (const jobs of ['1', '2']) {
      const r = run([file, '--jobs', jobs, '--output', 'summary']);
      expect(r.status).toBe(1);
      const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(out).toHaveLength(apps.length + 2);
      for (const line of out) expect(validateLine(line) ? [] : validateLine.errors).toEqual([]);
      expect(out[3]).toEqual({ line: 5, id: null, ok: false, items: [], issues: [{ code: 'input.invalid-json', severity: 'error', path: [] }] });
      const full = validateTransfer(apps[0], options);
      expect(out[0]).toEqual({
        line: 1,
        id: apps[0]!.id ?? null,
        ok: full.ok,
        items: full.items.map((i) => ({ insurance: i.insurance, decision: i.decision, ...(i.estimatedCompletion ? { estimatedCompletion: i.estimatedCompletion } : {}) })),
        issues: full.issues.map((i) => ({ code: i.code, severity: i.severity, path: i.path })),
      });
      // A summary line is a small fraction of the full one.
      expect(r.stdout.length).toBeLessThan(run([file, '--jobs', jobs]).stdout.length / 8);
    }
    expect(run([file, '--output', 'short']).status).toBe(2);
    expect(spawnSync(process.execPath, [CLI, 'validate', 'x.json', '--output', 'summary'], { encoding: 'utf8' }).status).toBe(2);
  });

  it('gives workers the rules in use: an overlay applies on every thread', () => {
    const some = join(dir, 'some.ndjson');
    writeFileSync(some, `${apps.slice(0, 60).map((a) => JSON.stringify(a)).join('\n')}\n`);
    const overlay = ['--overlay', 'fixtures/overlays/example-vendor'];
    const inThread = run([some, ...overlay, '--jobs', '1']).stdout;
    expect(run([some, ...overlay, '--jobs', '2']).stdout).toBe(inThread);
    expect(run([some, '--jobs', '2']).stdout).not.toBe(inThread);
    expect(JSON.parse(inThread.split('\n')[0]!).policyVersion).not.toBe(validateTransfer(apps[0], options).policyVersion);
  });

  it('reads standard input, and exits 0 when every application passes', () => {
    const good = apps.map((a) => (validateTransfer(a, options).ok ? JSON.stringify(a) : null)).filter(Boolean).slice(0, 20);
    expect(good.length).toBeGreaterThan(5);
    const r = run(['-', '--jobs', '2'], good.join('\n'));
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(good.length);
  });

  it('answers a line too long to read with its own result, and reads on', () => {
    const long = join(dir, 'long.ndjson');
    writeFileSync(long, `${lines[0]}\n${'x'.repeat(4_100_000)}\n${lines[1]}\n`);
    const r = run([long]);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[1].issues[0].code).toBe('input.line-too-long');
    expect(out[1].issues[0].params.line).toBe(2);
    expect(JSON.stringify(out[2])).toBe(JSON.stringify({ line: 3, id: apps[1]!.id ?? null, ...validateTransfer(apps[1], options) }));
  });

  it('refuses what it cannot do with exit 2 and one line', () => {
    expect(run([join(dir, 'missing.ndjson')]).status).toBe(2);
    const r = run([file, '--jobs', 'many']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--jobs 应为 1 到 256 之间的整数/);
    expect(run([file, '--jobs', 'many', '--lang', 'en']).stderr).toMatch(/--jobs takes a whole number/);
    expect(spawnSync(process.execPath, [CLI, 'validate', 'x.json', '--jobs', '2'], { encoding: 'utf8' }).status).toBe(2);
  });
});

describe('JsonLineWriter', () => {
  it('writes exactly the bytes of JSON.stringify, shared frozen pieces and all', () => {
    const results = generateApplications(300, 55).map((a, i) => validateTransfer(a, { today: TODAY, locale: i % 3 === 0 ? 'en' : 'zh-CN' }));
    const writer = new JsonLineWriter(16);
    for (const r of results) writer.line(r);
    for (const r of results) writer.line(r); // again, now from the cached bytes
    const expected = results.map((r) => `${JSON.stringify(r)}\n`).join('');
    expect(Buffer.from(writer.take()).toString('utf8')).toBe(expected + expected);
  });

  it('for any JSON value: escapes, surrogates, nesting and frozen parts', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, freeze) => {
        if (freeze && value !== null && typeof value === 'object') Object.freeze(value);
        const writer = new JsonLineWriter(8);
        writer.line(value);
        writer.line(value);
        const text = `${JSON.stringify(value)}\n`;
        expect(Buffer.from(writer.take()).toString('utf8')).toBe(text + text);
      }),
      { numRuns: 300 },
    );
    const writer = new JsonLineWriter();
    writer.line({ a: undefined, b: () => 1, c: [undefined, NaN, -0, Infinity], 'k"ey': 'lone \ud800 and 😀' });
    expect(Buffer.from(writer.take()).toString('utf8')).toBe(`${JSON.stringify({ a: undefined, b: () => 1, c: [undefined, NaN, -0, Infinity], 'k"ey': 'lone \ud800 and 😀' })}\n`);
  });
});
