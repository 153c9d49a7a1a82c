/** Overlays: a vendor's folder over the bundled rules — rank, dates, replacement, and which file decided. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainRoute, getBundledPolicies, PolicyError, validateTransfer } from '../src/index.js';
import { loadPolicies, readPolicyTests } from '../src/node/index.js';
import { runPolicyTest } from '../src/policy-tests/run-policy-test.js';
import { guiyangToHarbin, ROOT, TODAY } from './support/fixtures.js';
import { rulesFolder } from './support/rules-folder.js';

const EXAMPLE = join(ROOT, 'fixtures/overlays/example-vendor');
const CLI = join(ROOT, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

const NATIONAL_MEDICAL_STEP = `id: vendor.medical-steps
title: 医保转入办结时限（测试用覆盖）
insurance: medical
effective: { from: "2021-11-01" }
source: { document: 测试覆盖文件 }
steps:
  - id: medical.destination-completion
    name: 转入地办结（覆盖）
    nameEn: destination completes (overlay)
    actor: destination-agency
    workingDays: 7
`;

const medicalOf = (result: ReturnType<typeof validateTransfer>) => result.items.find((i) => i.insurance === 'medical')!;

describe('loadPolicies(dir, { extends: "bundled" })', () => {
  it('replaces a bundled part with the same id at the same rank', () => {
    const policies = loadPolicies(rulesFolder({ 'national/medical-steps.yaml': NATIONAL_MEDICAL_STEP }), { extends: 'bundled' });
    const medical = medicalOf(validateTransfer(guiyangToHarbin(), { today: TODAY, policies }));
    expect(medical.steps.map((s) => [s.step, s.workingDays])).toEqual([
      ['origin-transfer', 10],
      ['destination-completion', 7],
      ['account-credit', 5],
    ]);
    // Without the overlay the bundled step stands.
    expect(medicalOf(validateTransfer(guiyangToHarbin(), { today: TODAY })).steps[1]!.workingDays).toBe(5);
  });

  it('keeps the date rules: an overlay part not yet in force does not replace anything', () => {
    const later = NATIONAL_MEDICAL_STEP.replace('effective: { from: "2021-11-01" }', 'effective: { from: "2027-01-01" }');
    const policies = loadPolicies(rulesFolder({ 'national/medical-steps.yaml': later }), { extends: 'bundled' });
    expect(medicalOf(validateTransfer(guiyangToHarbin(), { today: TODAY, policies })).steps[1]!.workingDays).toBe(5);
  });

  it('lets a more specific bundled part still win over a national overlay part', () => {
    // The overlay's national certificate replaces the bundled national one, but not Shaanxi's own (route pair).
    const overlay = `id: vendor.unemployment
title: 测试
insurance: unemployment
effective: { from: "1999-01-22" }
source: { document: 测试 }
materials:
  - id: unemployment.transfer-certificate
    kind: separation-certificate
    forDecisions: [transfer]
`;
    const policies = loadPolicies(rulesFolder({ 'u.yaml': overlay }), { extends: 'bundled' });
    const kinds = (app: Record<string, any>) =>
      validateTransfer(app, { today: TODAY, policies }).items.find((i) => i.insurance === 'unemployment')!.requiredDocuments.map((d) => d.kind);
    const receiving = { ...guiyangToHarbin(), contributions: { unemployment: { receivingBenefits: true } }, materials: [] };
    expect(kinds(receiving)).toEqual(['unemployment-transfer-application', 'id-card', 'separation-certificate']);
    const shaanxi: Record<string, any> = { ...receiving, from: { region: '西安市新城区' }, to: { region: '宝鸡市' } };
    shaanxi.applicant = { ...shaanxi.applicant, idNumber: '610102199001011234', birthDate: undefined, gender: undefined, hukouRegion: '西安市' };
    expect(kinds(shaanxi)).toEqual(['unemployment-insurance-certificate']);
  });

  it('replaces a bundled policy that has the same id', () => {
    const text = NATIONAL_MEDICAL_STEP.replace('id: vendor.medical-steps', 'id: national.medical') +
      `decisions:\n  - id: medical.transfer\n    decision: transfer\n    message: 覆盖\n    messageEn: overlay\n`;
    const policies = loadPolicies(rulesFolder({ 'medical.yaml': text }), { extends: 'bundled' });
    const medical = medicalOf(validateTransfer(guiyangToHarbin(), { today: TODAY, policies }));
    expect(medical.steps.map((s) => s.step)).toEqual(['destination-completion']);
    expect(medical.requiredDocuments).toEqual([]);
    expect(medical.reasons[0]!.message).toBe('覆盖');
  });

  it('still reports ties inside the overlay', () => {
    const dir = rulesFolder({ 'a.yaml': NATIONAL_MEDICAL_STEP, 'b.yaml': NATIONAL_MEDICAL_STEP.replace('vendor.medical-steps', 'vendor.other') });
    expect(() => loadPolicies(dir, { extends: 'bundled' })).toThrow(PolicyError);
  });

  it('needs no materials.yaml of its own and may add kinds', () => {
    const dir = rulesFolder({
      'materials.yaml': `materials:
  - kind: employment-contract
    name: 劳动合同
    nameEn: employment contract
    issuer: destination-employer
    formats: [pdf]
    maxSizeBytes: 5242880
    sealRequired: true
`,
      'contract.yaml': `id: vendor.contract
title: 测试
insurance: pension
scope: { to: "23" }
effective: { from: "2020-01-01" }
source: { document: 测试 }
materials:
  - id: pension.employment-contract
    kind: employment-contract
`,
    });
    const policies = loadPolicies(dir, { extends: 'bundled' });
    expect(policies.materials.has('employment-contract')).toBe(true);
    expect(policies.materials.has('id-card')).toBe(true);
    const pension = validateTransfer(guiyangToHarbin(), { today: TODAY, policies }).items.find((i) => i.insurance === 'pension')!;
    expect(pension.requiredDocuments.map((d) => d.kind)).toContain('employment-contract');
  });

  it('gives the overlaid set its own version', () => {
    const policies = loadPolicies(EXAMPLE, { extends: 'bundled' });
    expect(policies.version).not.toBe(getBundledPolicies().version);
    expect(loadPolicies(EXAMPLE, { extends: 'bundled' }).version).toBe(policies.version);
  });

  it('passes the example overlay’s own policy tests', () => {
    const policies = loadPolicies(EXAMPLE, { extends: 'bundled' });
    const { tests, problems } = readPolicyTests(EXAMPLE);
    expect(problems).toEqual([]);
    expect(tests.length).toBeGreaterThanOrEqual(3);
    for (const test of tests) {
      const outcome = runPolicyTest(test.application, test.expect, { ...(test.today ? { today: test.today } : {}), policies });
      expect(outcome.failures, test.name).toEqual([]);
    }
  });
});

describe('explain with an overlay', () => {
  it('says which file decided each part', () => {
    const policies = loadPolicies(EXAMPLE, { extends: 'bundled' });
    const [pension] = explainRoute({ from: '贵阳', to: '哈尔滨', date: '2026-12-02', types: ['pension'], policies }).items;
    const certificate = pension!.documents.find((d) => d.kind === 'separation-certificate')!;
    expect(certificate).toMatchObject({ file: 'provinces/23-heilongjiang/pension-separation-certificate.yaml', overlay: true });
    const bundled = pension!.documents.find((d) => d.kind === 'pension-contribution-certificate')!;
    expect(bundled.file).toBe('bundled:national/pension.yaml');
    expect(bundled.overlay).toBeUndefined();
  });

  it('marks overlay parts in the CLI text', () => {
    const r = run('explain', '--from', '贵阳', '--to', '哈尔滨', '--date', '2026-12-02', '--types', 'pension', '--overlay', 'fixtures/overlays/example-vendor');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('[叠加规则: provinces/23-heilongjiang/pension-separation-certificate.yaml]');
    expect(r.stdout).toContain('(bundled:national/pension.yaml)');
  });
});

describe('--overlay on the CLI', () => {
  it('validates with the overlay laid over the bundled rules', () => {
    const dir = rulesFolder({});
    const app = join(dir, 'application.json');
    writeFileSync(app, JSON.stringify({ ...guiyangToHarbin(), applicationDate: '2026-12-02' }));
    const plain = run('validate', app, '--today', '2026-12-02', '--json');
    const overlaid = run('validate', app, '--today', '2026-12-02', '--json', '--overlay', 'fixtures/overlays/example-vendor');
    const kinds = (out: string) => JSON.parse(out).items[0].requiredDocuments.map((d: { kind: string }) => d.kind);
    expect(kinds(plain.stdout)).not.toContain('separation-certificate');
    expect(kinds(overlaid.stdout)).toContain('separation-certificate');
  });

  it('runs the overlay’s tests and lints it', () => {
    const tests = run('test', '--overlay', 'fixtures/overlays/example-vendor');
    expect(tests.status).toBe(0);
    expect(tests.stdout).toMatch(/通过 3 个，失败 0 个/);
    const lint = run('lint', '--overlay', 'fixtures/overlays/example-vendor', '--json');
    expect(lint.status).toBe(0);
    expect(JSON.parse(lint.stdout)).toEqual({ problems: [] });
  });

  it('lints an overlay without blaming the bundled rules, and finds its own mistakes', () => {
    const dir = rulesFolder({ 'x.yaml': NATIONAL_MEDICAL_STEP.replace('workingDays: 7', 'workingDays: seven') });
    const lint = run('lint', '--overlay', dir, '--json', '--lang', 'en');
    expect(lint.status).toBe(1);
    const { problems } = JSON.parse(lint.stdout);
    expect(problems.map((p: { file: string; code: string }) => `${p.file} ${p.code}`)).toEqual(['x.yaml schema']);
  });

  it('refuses an overlay folder with errors, naming them', () => {
    const dir = rulesFolder({ 'x.yaml': NATIONAL_MEDICAL_STEP.replace('workingDays: 7', 'workingDays: seven') });
    const r = run('validate', join(ROOT, 'fixtures/applications/guiyang-to-harbin.json'), '--overlay', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('x.yaml:11:18');
  });
});
