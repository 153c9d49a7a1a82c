/** The CLI as users run it: the built bin, its output and its exit codes. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const SEED = 'fixtures/applications/guiyang-to-harbin.json';

function runIn(env: NodeJS.ProcessEnv, args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const run = (...args: string[]) => runIn({}, args);
/** The CLI where the locale environment says English. */
const runEnglish = (...args: string[]) => runIn({ LANG: 'en_US.UTF-8' }, args);

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
    [['validate'], 'validate 需要且只需要一个申请文件', 'validate takes exactly one application file'],
    [['validate', 'nope.json'], '无法读取 nope.json：文件不存在', 'cannot read nope.json: no such file'],
    [['validate', SEED, '--today', '2026-02-30'], '--today 应为 YYYY-MM-DD 格式的真实日期', '--today must be a real date'],
    [['validate', SEED, '--lang', 'fr'], '--lang 只能是 zh 或 en', '--lang must be zh or en'],
    [['validate', SEED, '--bogus'], '不认识的选项 --bogus', 'unknown option --bogus'],
    [['validate', SEED, '--html', 'x.html'], 'validate 命令没有 --html 选项', 'validate has no option --html'],
    [['validate', SEED, '--today'], '选项 --today 后面需要一个值', 'option --today needs a value'],
    [['frobnicate'], '没有「frobnicate」这个命令', 'unknown command "frobnicate"'],
    [[], '没有给出命令', 'no command given'],
    [['validate', SEED, '--rules', '/nonexistent'], '/nonexistent 不是文件夹', '/nonexistent is not a folder'],
  ])('exits 2 with one line for %j, in Chinese and where LANG says English', (args, zh, en) => {
    for (const [r, message] of [[run(...args), zh], [runEnglish(...args), en]] as const) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.stdout).toBe('');
    }
  });

  it('answers in English where LANG says so, and --lang wins over LANG', () => {
    expect(runEnglish('validate', SEED, '--today', '2026-11-20').stdout).toContain('pension insurance');
    expect(runEnglish('validate', SEED, '--today', '2026-11-20', '--lang', 'zh').stdout).toContain('基本养老保险');
    expect(runIn({ LANG: 'C.UTF-8' }, ['validate', SEED, '--today', '2026-11-20']).stdout).toContain('基本养老保险');
    expect(runIn({ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, ['validate', SEED, '--today', '2026-11-20']).stdout).toContain('基本养老保险');
  });

  it('exits 2 for a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shebao-cli-'));
    writeFileSync(join(dir, 'bad.json'), '{ "applicant": ');
    const r = run('validate', join(dir, 'bad.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^shebao-transfer: .*bad\.json 不是有效的 JSON/);
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
    expect(r.stdout).toMatch(/通过 \d+ 个，失败 0 个/);
    expect(run('test', '--lang', 'en').stdout).toMatch(/\d+ passed, 0 failed/);
  });

  it('says what a failing case expected and got, in the language asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shebao-cli-tests-'));
    writeFileSync(
      join(dir, 'wrong.test.yaml'),
      [
        `base: ${JSON.stringify(join(ROOT, SEED))}`,
        'today: "2026-11-20"',
        'cases:',
        '  - name: 同城不转移（故意写错的期望）',
        '    with:',
        '      applicant: { idNumber: "310115199001011232", birthDate: null, gender: null, hukouRegion: 上海市浦东新区 }',
        '      from: { region: 上海市浦东新区 }',
        '      to: { region: 上海市徐汇区 }',
        '      materials: []',
        '    expect:',
        '      items:',
        '        medical: { decision: transfer }',
        '',
      ].join('\n'),
    );
    const zh = run('test', '--overlay', dir);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('medical.decision: 期望 transfer，实际 not-required');
    expect(zh.stdout).toContain('通过 0 个，失败 1 个');
    const en = run('test', '--overlay', dir, '--lang', 'en');
    expect(en.stdout).toContain('medical.decision: expected transfer, got not-required');
    expect(en.stdout).toContain('0 passed, 1 failed');
  });
});

describe('shebao-transfer test on files it cannot read', () => {
  it('says what is wrong with a test file in the language asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shebao-cli-badtests-'));
    writeFileSync(join(dir, 'colon.test.yaml'), 'cases：\n  - name: x\n');
    writeFileSync(join(dir, 'keys.test.yaml'), 'cases:\n  - name: x\n    expected: {}\n');
    const zh = run('test', '--overlay', dir);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('✘ colon.test.yaml：第 1 行：第 6 列用了全角的「：」');
    expect(zh.stdout).toContain('✘ keys.test.yaml：cases.0：不认识的键 expected');
    const en = run('test', '--overlay', dir, '--lang', 'en');
    expect(en.stdout).toContain('✘ colon.test.yaml: line 1: column 6 has the full-width');
  });
});

describe('help', () => {
  it('lists the commands, a line each, and each command its options', () => {
    const all = run('help');
    expect(all.code).toBe(0);
    for (const command of ['validate', 'explain', 'test', 'lint', 'impact', 'stats', 'roster', 'regions']) expect(all.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
    expect(run('--help').stdout).toBe(all.stdout);
    const validate = run('validate', '--help');
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain('用法：');
    expect(validate.stdout).toMatch(/^  --today YYYY-MM-DD +按这一天判断/m);
    expect(validate.stdout).toMatch(/^  --jobs N +/m);
    expect(run('help', 'validate').stdout).toBe(validate.stdout);
    const en = run('stats', '--help', '--lang', 'en');
    expect(en.stdout).toContain('Usage:');
    expect(en.stdout).toMatch(/^  --now DATE\|INSTANT +the moment of the report/m);
    expect(run('help', 'nothing').code).toBe(2);
  });
});

describe('shebao-transfer regions', () => {
  it('searches by pinyin initials', () => {
    const r = run('regions', 'heb');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('230100  黑龙江省 / 哈尔滨市  (首字母: heb)');
    expect(run('regions', 'heb', '--lang', 'en').stdout.split('\n')[0]).toBe('230100  黑龙江省 / 哈尔滨市  (initials: heb)');
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
