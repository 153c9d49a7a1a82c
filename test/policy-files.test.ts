import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createCase, getBundledPolicies, PolicyError, validateTransfer } from '../src/index.js';
import { loadPolicies, parsePolicyYaml, readPolicyFolder, readPolicyTests } from '../src/node/index.js';
import { runPolicyTest } from '../src/policy-tests/run-policy-test.js';
import { compilePolicies } from '../src/policy/compile-policy-set.js';
import { MaterialCatalogueFileSchema, PolicyFileSchema } from '../src/policy/schema.js';
import { CalendarFileSchema } from '../src/calendar/calendar-year.js';
import { guiyangToHarbin, ROOT, TODAY } from './support/fixtures.js';
import { rulesFolder } from './support/rules-folder.js';
import { generateApplications } from './support/generate-applications.js';

const RULES = join(ROOT, 'rules');

const MINIMAL = `id: test.medical
title: test
insurance: medical
effective: { from: "2021-11-01" }
source: { document: 医保办发〔2021〕43号 }
decisions:
  - id: medical.transfer
    decision: transfer
    message: 转移
    messageEn: transfer
`;

function problemsOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).problems;
  }
  throw new Error('expected a PolicyError');
}

describe('the bundled policies', () => {
  it('every policy YAML test passes', () => {
    const { tests, problems } = readPolicyTests(RULES);
    expect(problems).toEqual([]);
    expect(tests.length).toBeGreaterThanOrEqual(15);
    for (const test of tests) {
      const outcome = runPolicyTest(test.application, test.expect, test.today ? { today: test.today } : {});
      expect(outcome.failures, `${test.file} › ${test.name}`).toEqual([]);
    }
  });

  it('a policy test with a wrong expectation fails and says why', () => {
    const outcome = runPolicyTest(guiyangToHarbin(), { ok: false, items: { pension: { decision: 'temporary-account' } } }, { today: TODAY });
    expect(outcome.pass).toBe(false);
    expect(outcome.failures).toEqual([
      'ok: expected false, got true',
      'pension.decision: expected temporary-account, got transfer (by pension.transfer)',
    ]);
  });

  it('every rule cites a document, and unverified facts are marked', () => {
    const set = getBundledPolicies();
    for (const policy of set.policies) {
      for (const part of [...policy.decisions, ...policy.materials, ...policy.steps]) {
        expect(part.source.document.length, part.part.id).toBeGreaterThan(0);
      }
    }
    const step = set.policies.flatMap((p) => p.steps).find((s) => s.part.id === 'unemployment.origin-transfer');
    expect(step?.status).toBe('unverified');
  });

  it('src/generated/bundled-rules.json is the compiled rules/ folder (npm run build:rules)', () => {
    const folder = readPolicyFolder(RULES);
    expect(folder.problems).toEqual([]);
    const generated = JSON.parse(readFileSync(join(ROOT, 'src/generated/bundled-rules.json'), 'utf8'));
    expect(generated.documents).toEqual(folder.documents.map(({ file, policy }) => ({ file, policy })));
    expect(generated.materials).toEqual(folder.materials);
    expect(generated.version).toBe(compilePolicies(folder.documents, folder.materials).version);
    expect(getBundledPolicies().version).toBe(generated.version);
  });

  it('rules/schema/*.schema.json are generated from the zod schemas (npm run generate:schema)', () => {
    for (const [name, schema] of [
      ['policy', PolicyFileSchema],
      ['materials', MaterialCatalogueFileSchema],
      ['calendar', CalendarFileSchema],
    ] as const) {
      const onDisk = JSON.parse(readFileSync(join(RULES, 'schema', `${name}.schema.json`), 'utf8'));
      const { title, ...rest } = onDisk;
      expect(title).toMatch(/shebao-transfer/);
      expect(rest).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }))));
    }
  });

  it('loadPolicies(rules/) decides like the bundled set, whose conditions compile on first use', () => {
    const loaded = loadPolicies(RULES);
    expect(loaded.version).toBe(getBundledPolicies().version);
    for (const application of [guiyangToHarbin(), ...generateApplications(1500, 20261208)]) {
      const a = validateTransfer(application, { today: TODAY, policies: loaded });
      const b = validateTransfer(application, { today: TODAY });
      expect(a).toEqual(b);
    }
  });
});

describe('loading policy files', () => {
  it('reports a YAML syntax error with file, line and column', () => {
    const problems = problemsOf(() => loadPolicies(rulesFolder({ 'national/medical.yaml': `${MINIMAL}  - id: [unclosed\n` })));
    expect(problems[0]).toMatchObject({ file: 'national/medical.yaml', line: expect.any(Number), column: expect.any(Number) });
  });

  it('reports a schema error at the line of the faulty value', () => {
    const text = MINIMAL.replace('decision: transfer', 'decision: transferr');
    const problems = problemsOf(() => loadPolicies(rulesFolder({ 'a.yaml': text })));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'a.yaml', path: ['decisions', 0, 'decision'], line: 8, column: 15 });
  });

  it('reports an unknown field at the line of its key', () => {
    const text = MINIMAL.replace('    decision: transfer', '    decison: transfer\n    decision: transfer');
    const problems = problemsOf(() => loadPolicies(rulesFolder({ 'a.yaml': text })));
    expect(problems[0]).toMatchObject({ path: ['decisions', 0, 'decison'], line: 8, column: 5, code: 'schema.unknown-field', messageEn: 'unknown field "decison"' });
  });

  it('reports an unknown fact, operator and material kind at their place', () => {
    const text = `${MINIMAL}    when:
      all:
        - { fact: agee, operator: greaterThan, value: 1 }
        - { fact: age, operator: biggerThan, value: 1 }
materials:
  - id: medical.cert
    kind: medical-certificate
`;
    const problems = problemsOf(() => loadPolicies(rulesFolder({ 'a.yaml': text })));
    expect(problems.map((p) => [p.messageEn, p.line])).toEqual([
      ['unknown fact "agee"; did you mean age?', 13],
      ['unknown operator "biggerThan"', 14],
      ['unknown material kind "medical-certificate" (not in rules/materials.yaml)', 17],
    ]);
  });

  it('reports two policies that tie for the same part', () => {
    const problems = problemsOf(() =>
      loadPolicies(rulesFolder({ 'a.yaml': MINIMAL, 'b.yaml': MINIMAL.replace('id: test.medical', 'id: test.medical-copy') })),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.messageEn).toMatch(/ties with the same id in a\.yaml/);
    expect(problems[0]).toMatchObject({ file: 'b.yaml', line: 7, code: 'overlap.same-rank', related: [{ file: 'a.yaml', line: 7 }] });
  });

  it('does not call it a tie when one policy ends before the other starts', () => {
    const old = MINIMAL.replace('effective: { from: "2021-11-01" }', 'effective: { from: "2010-01-01", to: "2021-10-31" }');
    expect(() => loadPolicies(rulesFolder({ 'a.yaml': old, 'b.yaml': MINIMAL.replace('id: test.medical', 'id: test.medical-new') }))).not.toThrow();
  });

  it('lets a more specific policy override a national part with the same id, by date', () => {
    const dir = rulesFolder({
      'national/medical.yaml': readFileSync(join(RULES, 'national/medical.yaml'), 'utf8'),
      'provinces/23-heilongjiang/medical.yaml': `id: heilongjiang.medical
title: 黑龙江（测试用）
insurance: medical
scope: { to: "23" }
effective: { from: "2026-01-01" }
source: { document: 测试文件 }
steps:
  - id: medical.destination-completion
    name: 转入地办结
    nameEn: destination completes
    actor: destination-agency
    workingDays: 3
`,
    });
    const policies = loadPolicies(dir);
    const harbin = validateTransfer(guiyangToHarbin(), { today: TODAY, policies }).items.find((i) => i.insurance === 'medical')!;
    expect(harbin.steps.map((s) => [s.step, s.workingDays])).toEqual([
      ['origin-transfer', 10],
      ['destination-completion', 3],
      ['account-credit', 5],
    ]);
    const before = validateTransfer({ ...guiyangToHarbin(), applicationDate: '2025-11-20', separationDate: '2025-10-01' }, { today: TODAY, policies });
    expect(before.items.find((i) => i.insurance === 'medical')!.steps[1]!.workingDays).toBe(5);
    const toBeijing = validateTransfer({ ...guiyangToHarbin(), to: { region: '北京市朝阳区' } }, { today: TODAY, policies });
    expect(toBeijing.items.find((i) => i.insurance === 'medical')!.steps[1]!.workingDays).toBe(5);
  });

  it('parsePolicyYaml names every problem instead of stopping at the first', () => {
    const { problems } = parsePolicyYaml('id: X\ntitle: ""\ninsurance: pensions\n', 'x.yaml');
    expect(problems.map((p) => p.path.join('.'))).toEqual(expect.arrayContaining(['id', 'title', 'insurance', 'effective', 'source']));
  });

  it('a missing folder is a PolicyError, not a crash', () => {
    expect(problemsOf(() => loadPolicies('/nonexistent/rules'))[0]).toMatchObject({ code: 'folder.missing', messageEn: 'not a folder' });
  });
});

describe('documents and steps serve the decisions they belong to', () => {
  const set = getBundledPolicies();
  const scopes = new Map<string, readonly string[] | undefined>();
  for (const p of set.policies) for (const part of [...p.materials, ...p.steps]) scopes.set(part.part.id, part.part.forDecisions);

  it('every bundled document and step says which decisions it serves', () => {
    const unscoped = [...scopes].filter(([, decisions]) => decisions === undefined).map(([id]) => id);
    expect(unscoped).toEqual([]);
  });

  it('no item of a generated application carries a step or document of another decision', () => {
    const wrong: string[] = [];
    for (const [n, app] of generateApplications(400, 20261202).entries()) {
      const result = validateTransfer(app, { today: n % 2 ? '2026-11-20' : '2021-06-30' });
      for (const item of result.items) {
        const decision = item.provisionalDecision ?? item.decision;
        for (const part of [...item.steps, ...item.requiredDocuments]) {
          const serves = scopes.get(part.ruleId);
          if (!serves?.includes(decision)) wrong.push(`${item.insurance} ${decision}: ${part.ruleId}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a temporary pension account has no fund-transfer step and no date', () => {
    const app = guiyangToHarbin();
    app.applicant = { name: '王五', idNumber: '52010219650315152X', hukouRegion: '520102' };
    const pension = validateTransfer(app, { today: '2026-11-20' }).items.find((i) => i.insurance === 'pension')!;
    expect(pension.decision).toBe('temporary-account');
    expect(pension.steps.map((s) => s.step)).toEqual(['temporary-account-opening']);
    expect(pension.estimatedCompletion).toBeUndefined();
    const c = createCase(app, { now: '2026-11-20T09:00:00+08:00' });
    expect(c.items.find((i) => i.insurance === 'pension')!.steps.every((s) => s.due === undefined)).toBe(true);
  });
});
