/** comparePolicies and `shebao-transfer impact`: what a rule change does to applications and stored cases. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePolicies, createImpactComparison, getBundledPolicies, InvalidDateError, PolicyError } from '../src/index.js';
import { loadPolicies } from '../src/node/index.js';
import { guiyangToHarbin, ROOT } from './support/fixtures.js';
import { renderCaseFixtures } from './support/render-case-fixtures.js';
import { rulesFolder } from './support/rules-folder.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const CASES = join(ROOT, 'fixtures/cases/open-cases.ndjson');
const EXAMPLE = join(ROOT, 'fixtures/overlays/example-vendor');
const cases = () => readFileSync(CASES, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

const HARBIN_PENSION_NOT_REQUIRED = `id: vendor.harbin-pension
title: 测试：转入哈尔滨的养老保险无需转移
insurance: pension
scope: { to: "2301" }
effective: { from: "2026-01-01" }
source: { document: 测试 }
decisions:
  - id: pension.harbin-test
    priority: 100
    decision: not-required
    message: 测试
    messageEn: test
`;

describe('comparePolicies', () => {
  const bundled = getBundledPolicies();

  it('finds what the example overlay changes in the stored cases, with their ids', () => {
    const after = loadPolicies(EXAMPLE, { extends: 'bundled' });
    const report = comparePolicies(bundled, after, cases(), { today: '2026-12-05' });
    expect(report).toMatchObject({ compared: 4, changed: 2, unchanged: 2, closed: 1, invalid: [] });
    expect(report.groups[0]).toMatchObject({
      kind: 'documents',
      key: 'pension: +separation-certificate',
      description: '基本养老保险：新增材料「离职证明」',
      count: 2,
      ids: ['CASE-2026-0101', 'CASE-2026-0102'],
    });
    expect(report.inputs.map((i) => [i.id, i.input])).toEqual([
      ['CASE-2026-0101', 'case'],
      ['CASE-2026-0102', 'case'],
    ]);
    expect(report.before.version).toBe(bundled.version);
    expect(report.after.version).toBe(after.version);
  });

  it('compares closed cases too when asked', () => {
    const after = loadPolicies(EXAMPLE, { extends: 'bundled' });
    const report = comparePolicies(bundled, after, cases(), { today: '2026-12-05', includeClosed: true });
    expect(report).toMatchObject({ compared: 5, closed: 0 });
    expect(report.groups[0]!.ids).toContain('CASE-2026-0105');
  });

  it('reports decisions, steps and due dates that change', () => {
    const after = loadPolicies(rulesFolder({ 'harbin.yaml': HARBIN_PENSION_NOT_REQUIRED }), { extends: 'bundled' });
    const report = comparePolicies(bundled, after, [guiyangToHarbin()], { today: '2026-11-20' });
    const keys = report.groups.map((g) => `${g.kind} ${g.key}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'decision pension: transfer → not-required',
        'documents pension: -pension-contribution-certificate',
        'steps pension: -destination-acceptance-letter',
        'due-dates pension: completion cleared',
      ]),
    );
    const decision = report.inputs[0]!.changes.find((c) => c.kind === 'decision')!;
    expect(decision).toMatchObject({ before: 'transfer', after: 'not-required', descriptionEn: 'pension insurance: decision transfer → no transfer needed' });
    expect(report.inputs[0]!.id).toBe('APP-2026-0001');
  });

  it('says when a step takes longer and the completion moves', () => {
    const slower = `id: vendor.medical-steps
title: 测试
insurance: medical
effective: { from: "2021-11-01" }
source: { document: 测试 }
steps:
  - id: medical.destination-completion
    name: 转入地办结
    nameEn: destination completes
    actor: destination-agency
    workingDays: 7
`;
    const after = loadPolicies(rulesFolder({ 's.yaml': slower }), { extends: 'bundled' });
    const report = comparePolicies(bundled, after, [guiyangToHarbin()], { today: '2026-11-20' });
    const changes = report.inputs[0]!.changes;
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'steps', key: 'medical: destination-completion 5 → 7', before: '5', after: '7' }));
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'due-dates', key: 'medical: completion later', before: '2026-12-18', after: '2026-12-22' }));
  });

  it('finds nothing when the rules do not change, for every faulty fixture too', () => {
    const dir = join(ROOT, 'fixtures/applications/faulty');
    const names = Object.keys(JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')));
    const apps = names.map((name) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')));
    const report = comparePolicies(bundled, loadPolicies(join(ROOT, 'rules')), apps, { today: '2026-11-20' });
    expect(report.groups).toEqual([]);
    expect(report.changed).toBe(0);
    expect(report.compared + report.invalid.length).toBe(apps.length);
  });

  it('counts entries that are neither applications nor readable cases, and goes on', () => {
    const broken = { ...cases()[0], schemaVersion: 99 };
    const report = comparePolicies(bundled, bundled, [null, 'text', [1], broken, guiyangToHarbin()], { today: '2026-11-20' });
    expect(report.invalid.map((i) => i.index)).toEqual([0, 1, 2, 3]);
    expect(report.invalid[3]!.id).toBe('CASE-2026-0101');
    expect(report.compared).toBe(1);
  });

  it('streams: createImpactComparison gives the same report one input at a time', () => {
    const after = loadPolicies(EXAMPLE, { extends: 'bundled' });
    const comparison = createImpactComparison(bundled, after, { today: '2026-12-05', maxIdsPerGroup: 1 });
    for (const c of cases()) comparison.add(c);
    comparison.addInvalid('line 9: not JSON', 'line 9');
    const report = comparison.result();
    expect(report.groups[0]).toMatchObject({ count: 2, ids: ['CASE-2026-0101'] });
    expect(report.invalid).toEqual([{ index: 5, id: 'line 9', reason: 'line 9: not JSON' }]);
  });

  it('throws typed errors for programmer errors only', () => {
    expect(() => comparePolicies({} as never, bundled, [], { today: '2026-11-20' })).toThrow(PolicyError);
    expect(() => comparePolicies(bundled, bundled, [], { today: '2026-13-01' })).toThrow(InvalidDateError);
    expect(() => comparePolicies(bundled, bundled, 42 as never, { today: '2026-11-20' })).toThrow(/iterable/);
  });

  it('the case fixtures on disk are the ones test/support/render-case-fixtures.ts makes (npm run generate:fixtures)', () => {
    expect(readFileSync(CASES, 'utf8')).toBe(renderCaseFixtures());
  });
});

describe('shebao-transfer impact', () => {
  it('prints the groups with counts and ids', () => {
    const r = run('impact', '--overlay', 'fixtures/overlays/example-vendor', 'fixtures/cases/open-cases.ndjson', '--today', '2026-12-05');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('比较 4 件：有变化 2 件，无变化 2 件；已办结或撤回未比较 1 件；无法读取 0 条');
    expect(r.stdout).toContain('【材料】基本养老保险：新增材料「离职证明」 — 2 件\n  CASE-2026-0101、CASE-2026-0102');
  });

  it('reads applications as NDJSON, reports a bad line and goes on; --json prints the report', () => {
    const dir = rulesFolder({});
    const file = join(dir, 'applications.ndjson');
    const app = { ...guiyangToHarbin(), applicationDate: '2026-12-02' };
    writeFileSync(file, `${JSON.stringify(app)}\n{ not json\n\n${JSON.stringify({ ...app, id: 'APP-2' })}\n`);
    const r = run('impact', '--overlay', 'fixtures/overlays/example-vendor', file, '--today', '2026-12-05', '--json');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.compared).toBe(2);
    expect(report.invalid).toEqual([{ index: 1, id: 'line 2', reason: '第 3 个字符附近格式不对，无法读取' }]);
    expect(report.groups[0].ids).toEqual(['APP-2026-0001', 'APP-2']);
  });

  it('reads a JSON array of cases', () => {
    const dir = rulesFolder({});
    const file = join(dir, 'cases.json');
    writeFileSync(file, JSON.stringify(cases()));
    const r = run('impact', '--overlay', 'fixtures/overlays/example-vendor', file, '--today', '2026-12-05', '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ compared: 4, changed: 2, closed: 1 });
  });

  it('exits 2 without --overlay, without a file, or for a file that is not there', () => {
    expect(run('impact', 'fixtures/cases/open-cases.ndjson').status).toBe(2);
    expect(run('impact', '--overlay', 'fixtures/overlays/example-vendor').status).toBe(2);
    const missing = run('impact', '--overlay', 'fixtures/overlays/example-vendor', 'nope.ndjson');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('无法读取 nope.ndjson：文件不存在');
  });
});
