/** lint: every planted mistake at its file and line, the whole-folder checks, and the CLI's output and exit codes. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPolicies } from '../src/node/index.js';
import { POLICY_PROBLEM_CODES } from '../src/index.js';
import { ROOT } from './support/fixtures.js';
import { parsePolicyYaml } from '../src/policy/parse-policy-yaml.js';
import { explainYamlError } from '../src/policy/explain-yaml-error.js';
import { rulesFolder } from './support/rules-folder.js';

const PLANTED = join(ROOT, 'fixtures/lint/planted-mistakes');
const RULES = join(ROOT, 'rules');
const CLI = join(ROOT, 'dist', 'cli.js');
const TODAY = '2026-11-20';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** `# expect: code` markers: "file:line code" for every planted mistake. */
function plantedMarkers(): string[] {
  return yamlFiles(PLANTED).flatMap((path) => {
    const file = relative(PLANTED, path).split(sep).join('/');
    return readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((text, i) => [...text.matchAll(/# expect: ([\w.-]+)/g)].map((m) => `${file}:${i + 1} ${m[1]}`));
  });
}

const MEDICAL = `id: t.medical
title: 医保（测试）
insurance: medical
effective: { from: "2021-11-01" }
source: { document: 医保办发〔2021〕43号 }
decisions:
  - id: medical.transfer
    decision: transfer
    message: 转移
    messageEn: transfer
`;

describe('lintPolicies', () => {
  it('finds every planted mistake at its file and line, and nothing else', () => {
    const { problems } = lintPolicies(PLANTED, { today: TODAY });
    const found = problems.map((p) => `${p.file}:${p.line} ${p.code}`).sort();
    expect(found).toEqual(plantedMarkers().sort());
  });

  it('speaks plainly to maintainers: the YAML mistake named, the date written out, the name meant', () => {
    const { problems } = lintPolicies(PLANTED, { today: TODAY });
    const at = (file: string, line: number) => problems.filter((p) => p.file === file && p.line === line).map((p) => p.message).join('\n');
    expect(at('national/maternity-colon.yaml', 2)).toContain('第 6 列用了全角的「：」');
    expect(at('national/maternity-tab.yaml', 4)).toContain('用制表符（Tab）缩进');
    expect(at('national/pension.yaml', 4)).toContain('应写成 2026-01-01 这样的日期');
    expect(at('national/pension.yaml', 8)).toContain('您是不是要写 transfer？');
    expect(at('national/medical-new.yaml', 11)).toContain('您是不是要写 contributionMonths？');
    expect(at('national/medical-new.yaml', 14)).toContain('您是不是要写 destinationAccountOpened？');
    expect(at('national/medical-new.yaml', 23)).toContain('您是不是要写 medical-insurance-certificate？');
    // Both schema mistakes of pension.yaml come in the same run, and the mistyped fact with them.
    expect(problems.filter((p) => p.file === 'national/pension.yaml').map((p) => `${p.line} ${p.code}`)).toEqual(['4 schema', '8 schema', '11 condition.unknown-fact']);
    expect(at('national/pension.yaml', 11)).toContain('您是不是要写 age？');
    const en = problems.find((p) => p.file === 'national/medical-new.yaml' && p.line === 14)!;
    expect(en.messageEn).toBe('unknown fact "destinationAccountOpend"; did you mean destinationAccountOpened?');
  });

  it('explains the YAML mistakes a maintainer makes, at the line they are on', () => {
    const quote = parsePolicyYaml('id: a\nname: "abc\nx: 1\n', 'f.yaml').problems[0]!;
    expect(quote.message).toContain('第 2 行第 7 列的引号没有配对');
    expect(explainYamlError('tags: ［a］', 1, 7, 'x').detail).toContain('全角的「［」');
    const bracket = parsePolicyYaml('id: a\ntags: [a, b\nx: 1\n', 'f.yaml').problems[0]!;
    expect(bracket).toMatchObject({ line: 2, column: 7 });
    expect(bracket.message).toContain('第 2 行第 7 列的「[」没有配对的「]」');
  });

  it('reads what it still can of a file with a YAML syntax error', () => {
    const { problems } = lintPolicies(PLANTED, { today: TODAY });
    const of = (file: string) => problems.filter((p) => p.file === file).map((p) => `${p.line} ${p.code}`);
    expect(of('national/maternity-colon.yaml')).toEqual(['2 yaml.syntax', '9 condition.unknown-operator']);
    expect(of('national/work-injury.yaml')).toEqual(['9 yaml.syntax', '13 condition.unknown-fact']);
    expect(problems.find((p) => p.file === 'national/work-injury.yaml' && p.line === 13)!.message).toContain('您是不是要写 toRegion？');
    // One mistake, one problem: the parser's follow-on complaints about the lines after a tab are not repeated.
    const tab = parsePolicyYaml('id: x\ninsurance: maternity\ndecisions:\n\t- id: x\n  - id: y\n    when: { all: [ { fact: agee, operator: equal, value: 1 } ] }\n', 'f.yaml');
    expect(tab.problems.map((p) => `${p.line} ${p.code}`)).toEqual(['4 yaml.syntax', '6 condition.unknown-fact']);
  });

  it('covers every code the issue asks for in the planted folder', () => {
    const planted = new Set(plantedMarkers().map((m) => m.split(' ')[1]));
    for (const code of [
      'yaml.syntax',
      'yaml.duplicate-key',
      'schema',
      'condition.unknown-fact',
      'condition.unknown-operator',
      'condition.unknown-named',
      'material.unknown-kind',
      'scope.unknown-region',
      'effective.order',
      'overlap.same-rank',
      'gap.no-policy',
      'policy.expired',
    ]) {
      expect(planted, code).toContain(code);
    }
    expect([...planted].filter((c) => c!.startsWith('calendar.')).length).toBeGreaterThanOrEqual(4);
  });

  it('gives every problem Chinese and English messages from the catalogue', () => {
    const { problems } = lintPolicies(PLANTED, { today: TODAY });
    for (const p of problems) {
      expect(p.message, p.code).toMatch(/[\u4e00-\u9fff]/);
      expect(`${p.message} ${p.messageEn}`, p.code).not.toMatch(/\{\w+\}/);
      expect(p.severity).toBe(POLICY_PROBLEM_CODES[p.code].severity);
    }
  });

  it('names the other half of an overlap in related', () => {
    const { problems } = lintPolicies(PLANTED, { today: TODAY });
    const overlap = problems.find((p) => p.code === 'overlap.same-rank')!;
    expect(overlap.related).toEqual([{ file: 'provinces/52-guizhou/medical-tie.yaml', line: 8 }]);
  });

  it('says from which date an insurance type has no decision', () => {
    const { problems } = lintPolicies(PLANTED, { today: TODAY });
    const gap = problems.find((p) => p.code === 'gap.no-policy')!;
    expect(gap.messageEn).toContain('from 2021-11-01 to 2021-12-31');
    expect(gap.message).toContain('自 2021-11-01 起至 2021-12-31');
  });

  it('finds nothing in the bundled rules', () => {
    expect(lintPolicies(RULES, { today: TODAY }).problems).toEqual([]);
  });

  it('reports a gap that never closes, once, for the broadest scope', () => {
    const old = MEDICAL.replace('effective: { from: "2021-11-01" }', 'effective: { from: "2010-07-01", to: "2021-10-31" }');
    const dir = rulesFolder({
      'national/medical.yaml': old,
      'provinces/52/medical.yaml': old.replace('id: t.medical', 'id: t.guizhou').replace('effective:', 'scope: { from: "52" }\neffective:'),
    });
    const gaps = lintPolicies(dir, { today: TODAY }).problems.filter((p) => p.code === 'gap.no-policy');
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ file: 'national/medical.yaml', line: 4 });
    expect(gaps[0]!.messageEn).toMatch(/from 2021-11-01$/);
  });

  it('counts only an unconditional decision as closing a gap; a broader default covers a conditional one', () => {
    const conditional = MEDICAL.replace(
      '    decision: transfer\n',
      '    decision: transfer\n    when: { all: [{ fact: sameProvince, operator: equal, value: true }] }\n',
    );
    const alone = lintPolicies(rulesFolder({ 'national/medical.yaml': conditional }), { today: TODAY }).problems;
    expect(alone.map((p) => p.code)).toEqual(['gap.no-policy']);
    expect(alone[0]!.messageEn).toMatch(/from 2021-11-01$/);
    const withDefault = rulesFolder({
      'national/medical.yaml': MEDICAL,
      'provinces/52/medical.yaml': conditional.replace('id: t.medical', 'id: t.guizhou').replace('effective:', 'scope: { from: "52", to: "52" }\neffective:'),
    });
    expect(lintPolicies(withDefault, { today: TODAY }).problems).toEqual([]);
  });

  it('does not call a policy expired when a newer one of its scope follows, nor before a year has passed', () => {
    const old = MEDICAL.replace('effective: { from: "2021-11-01" }', 'effective: { from: "2010-07-01", to: "2021-10-31" }');
    const followed = rulesFolder({ 'a.yaml': old, 'b.yaml': MEDICAL.replace('id: t.medical', 'id: t.medical-new') });
    expect(lintPolicies(followed, { today: TODAY }).problems.filter((p) => p.code === 'policy.expired')).toEqual([]);
    const alone = rulesFolder({ 'a.yaml': old });
    expect(lintPolicies(alone, { today: '2022-06-01' }).problems.filter((p) => p.code === 'policy.expired')).toEqual([]);
    expect(lintPolicies(alone, { today: '2022-11-01' }).problems.filter((p) => p.code === 'policy.expired')).toHaveLength(1);
  });

  it('keeps checking the other files when one cannot be read', () => {
    const dir = rulesFolder({ 'a.yaml': MEDICAL.replace('decision: transfer', 'decision: transferr'), 'b.yaml': '{{{' });
    const codes = lintPolicies(dir, { today: TODAY }).problems.map((p) => `${p.file} ${p.code}`);
    expect(codes).toEqual(expect.arrayContaining(['a.yaml schema', 'b.yaml yaml.syntax']));
  });

  it('puts the problem of an empty file at its first line', () => {
    const [problem] = lintPolicies(rulesFolder({ 'empty.yaml': '' }), { today: TODAY }).problems;
    expect(problem).toMatchObject({ file: 'empty.yaml', line: 1, column: 1, code: 'schema' });
  });
});

describe('shebao-transfer lint', () => {
  it('prints file:line:column: severity code: message and exits 1 on errors', () => {
    const r = run('lint', 'fixtures/lint/planted-mistakes', '--today', TODAY);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(plantedMarkers().length);
    for (const line of lines) expect(line).toMatch(/^[\w./-]+\.yaml:\d+:\d+: (error|warning) [a-z]+(?:[.-][a-z]+)*: .+$/);
    expect(lines).toContain('national/medical-new.yaml:11:19: error condition.unknown-fact: 未知的事实「contributionMonth」；您是不是要写 contributionMonths？');
    expect(r.stderr).toContain('23 个错误，3 个警告');
  });

  it('prints exactly { problems: [...] } with --json', () => {
    const r = run('lint', 'fixtures/lint/planted-mistakes', '--json', '--today', TODAY, '--lang', 'en');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['problems']);
    for (const p of out.problems) {
      const keys = Object.keys(p).filter((k) => k !== 'related');
      expect(keys.sort()).toEqual(['code', 'column', 'file', 'line', 'message', 'messageEn', 'severity']);
      expect(['error', 'warning']).toContain(p.severity);
    }
  });

  it('exits 0 for the bundled rules and 2 for a folder that is not there', () => {
    expect(run('lint', '--today', TODAY).code).toBe(0);
    const missing = run('lint', 'no/such/folder');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such/folder 不是文件夹');
    expect(run('lint', 'a', 'b').code).toBe(2);
    expect(run('lint', '--format', 'md').code).toBe(2);
  });

  it('speaks English with --lang en', () => {
    const r = run('lint', 'fixtures/lint/planted-mistakes', '--today', TODAY, '--lang', 'en');
    expect(r.stdout).toContain('error condition.unknown-fact: unknown fact "contributionMonth"');
  });
});
