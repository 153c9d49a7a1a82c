/** The CLI as users run it: the built bin, its output and its exit codes. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const SEED = 'fixtures/applications/guiyang-to-harbin.json';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` before the tests');
});

describe('shebao-transfer validate', () => {
  it('prints a Chinese report and exits 0 for the seed application', () => {
    const r = run('validate', SEED, '--today', '2026-11-20');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('贵州省贵阳市南明区 → 黑龙江省哈尔滨市道里区');
    expect(r.stdout).toContain('✔ 申请材料齐全、信息无误，可以提交');
    expect(r.stdout).toContain('✓ 基本养老保险参保缴费凭证');
    expect(r.stdout).toContain('截止 2026-12-11');
    expect(r.stderr).toBe('');
  });

  it('prints the result object alone with --json', () => {
    const r = run('validate', SEED, '--json', '--today', '2026-11-20');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.ok).toBe(true);
    expect(result.items).toHaveLength(6);
  });

  it('exits 1 with the issue and its suggestion when the application has errors', () => {
    const r = run('validate', 'fixtures/applications/faulty/region-guizhou-city.json', '--today', '2026-11-20');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✘ [region.unknown] from.region 无法识别的地区：贵州市');
    expect(r.stdout).toContain('您是不是要找：贵州省、贵州省贵阳市');
  });

  it('speaks English with --lang en', () => {
    const r = run('validate', 'fixtures/applications/faulty/id-checksum.json', '--today', '2026-11-20', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('The check character of the identity number is wrong');
    expect(r.stdout).toContain('[pension insurance] '.replace('[', '【').replace('] ', '】'));
  });

  it.each([
    [['validate'], 'validate takes exactly one application file'],
    [['validate', 'nope.json'], 'cannot read nope.json: no such file'],
    [['validate', SEED, '--today', '2026-02-30'], '--today must be a real date'],
    [['validate', SEED, '--lang', 'fr'], '--lang must be zh or en'],
    [['validate', SEED, '--bogus'], "Unknown option '--bogus'"],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [[], 'no command given'],
    [['validate', SEED, '--rules', '/nonexistent'], 'not a folder'],
  ])('exits 2 with one line for %j', (args, message) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
  });

  it('exits 2 for a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shebao-cli-'));
    writeFileSync(join(dir, 'bad.json'), '{ "applicant": ');
    const r = run('validate', join(dir, 'bad.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^shebao-transfer: .*bad\.json is not valid JSON/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('shebao-transfer explain', () => {
  it('explains a route without an applicant', () => {
    const r = run('explain', '--from', '贵阳', '--to', '哈尔滨', '--date', '2026-11-20', '--types', 'pension,medical');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('【基本养老保险】');
    expect(r.stdout).toContain('国办发〔2009〕66号 第五条');
    expect(r.stdout).toContain('【基本医疗保险】');
    expect(r.stdout).not.toContain('【住房公积金】');
  });

  it('prints JSON with --json and exits 1 for an unknown region', () => {
    const r = run('explain', '--from', '贵州市', '--to', '哈尔滨', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).issues[0].code).toBe('region.unknown');
  });

  it('needs --from and --to', () => {
    expect(run('explain', '--from', '贵阳').code).toBe(2);
  });
});

describe('shebao-transfer test', () => {
  it('runs the bundled policy tests', () => {
    const r = run('test');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\d+ passed, 0 failed/);
  });
});

describe('shebao-transfer regions', () => {
  it('searches by pinyin initials', () => {
    const r = run('regions', 'heb');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('230100  黑龙江省 / 哈尔滨市  (initials: heb)');
  });

  it('prints hits as JSON with --json', () => {
    const r = run('regions', '道里', '--json', '--limit', '1');
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ code: '230102', pathText: '黑龙江省 / 哈尔滨市 / 道里区', match: 'short-name' }),
    ]);
  });

  it('exits 1 when nothing is close and 2 for bad options', () => {
    expect(run('regions', 'qqqqqq').code).toBe(1);
    expect(run('regions').code).toBe(2);
    expect(run('regions', '哈尔滨', '--level', 'town').code).toBe(2);
    expect(run('regions', '哈尔滨', '--limit', '0').code).toBe(2);
  });
});
