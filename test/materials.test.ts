import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateTransfer } from '../src/index.js';
import { loadPolicies } from '../src/node/index.js';
import { guiyangToHarbin, ROOT, TODAY } from './support/fixtures.js';
import { rulesFolder } from './support/rules-folder.js';

/** The national pension policy with its certificate requirement tightened as a province might. */
function strictPensionPolicies(extra: string) {
  const national = readFileSync(join(ROOT, 'rules/national/pension.yaml'), 'utf8');
  return loadPolicies(
    rulesFolder({
      'national/pension.yaml': national,
      'provinces/23-heilongjiang/pension.yaml': `id: test.heilongjiang-pension
title: 测试用：收紧凭证要求
insurance: pension
scope: { to: "23" }
effective: { from: "2020-01-01" }
source: { document: 测试文件 }
materials:
  - id: pension.contribution-certificate
    kind: pension-contribution-certificate
    issuer: origin-agency
    sealRequired: true
    issuedIn: origin
${extra}
`,
    }),
  );
}

function codesAt(result: ReturnType<typeof validateTransfer>, index: number) {
  return result.issues.filter((i) => i.path[0] === 'materials' && i.path[1] === index).map((i) => `${i.code}@${i.path.slice(2).join('.')}`);
}

describe('material constraints a policy may state', () => {
  it('rejects a certificate older than maxAgeDays, and warns when it has no date', () => {
    const policies = strictPensionPolicies('    maxAgeDays: 30');
    const app = guiyangToHarbin();
    expect(codesAt(validateTransfer(app, { today: TODAY, policies }), 1)).toEqual(['material.expired@issuedDate']);
    app.materials[1].issuedDate = '2026-11-01';
    expect(codesAt(validateTransfer(app, { today: TODAY, policies }), 1)).toEqual([]);
    delete app.materials[1].issuedDate;
    const missing = validateTransfer(app, { today: TODAY, policies });
    expect(codesAt(missing, 1)).toEqual(['material.issued-date-missing@issuedDate']);
    expect(missing.issues.find((i) => i.code === 'material.issued-date-missing')!.severity).toBe('warning');
  });

  it('names the document by its position and kind in every finding', () => {
    const result = validateTransfer(guiyangToHarbin(), { today: TODAY, policies: strictPensionPolicies('    maxAgeDays: 30') });
    const issue = result.issues.find((i) => i.code === 'material.expired')!;
    expect(issue.message).toBe('第 2 份材料《基本养老保险参保缴费凭证》出具于 2026-10-10，已过 41 天，超过 30 天的有效期');
    expect(issue.params).toMatchObject({ index: 2, kind: 'pension-contribution-certificate' });
  });

  it('rejects photocopies or e-certificates when the policy does not accept them', () => {
    const policies = strictPensionPolicies('    photocopyAccepted: false\n    electronicAccepted: false');
    const app = guiyangToHarbin();
    app.materials[1].form = 'photocopy';
    expect(codesAt(validateTransfer(app, { today: TODAY, policies }), 1)).toEqual(['material.photocopy-not-accepted@form']);
    app.materials[1].form = 'electronic';
    expect(codesAt(validateTransfer(app, { today: TODAY, policies }), 1)).toEqual(['material.electronic-not-accepted@form']);
    app.materials[1].form = 'photocopy';
    expect(codesAt(validateTransfer(app, { today: TODAY }), 1)).toEqual([]);
  });

  it('checks page counts and resolution against the strictest requirement', () => {
    const policies = strictPensionPolicies('    minPages: 2\n    maxPages: 4\n    minDpi: 300\n    formats: [pdf, ofd]');
    const app = guiyangToHarbin();
    Object.assign(app.materials[1], { pages: 1, dpi: 200 });
    expect(codesAt(validateTransfer(app, { today: TODAY, policies }), 1)).toEqual([
      'material.resolution-too-low@dpi',
      'material.too-few-pages@pages',
    ]);
    Object.assign(app.materials[1], { pages: 5, dpi: 300, fileName: '凭证.jpg', mimeType: 'image/jpeg' });
    expect(codesAt(validateTransfer(app, { today: TODAY, policies }), 1)).toEqual([
      'material.format-not-allowed@fileName',
      'material.too-many-pages@pages',
    ]);
  });

  it('checks that a document the destination issues comes from the destination', () => {
    const policies = strictPensionPolicies('    maxPages: 9');
    const app = guiyangToHarbin();
    expect(codesAt(validateTransfer(app, { today: TODAY, policies }), 1)).toEqual([]);
    const national = readFileSync(join(ROOT, 'rules/national/housing-fund.yaml'), 'utf8').replace(
      '    kind: housing-fund-transfer-application\n    issuer: applicant',
      '    kind: housing-fund-transfer-application\n    issuer: destination-agency\n    issuedIn: destination',
    );
    const housing = loadPolicies(rulesFolder({ 'national/housing-fund.yaml': national }));
    app.insuranceTypes = ['housing-fund'];
    app.materials[3].issuedBy = '520102';
    expect(codesAt(validateTransfer(app, { today: TODAY, policies: housing }), 3)).toEqual(['material.issuer-not-destination@issuedBy']);
    app.materials[3].issuedBy = '哈尔滨市';
    expect(codesAt(validateTransfer(app, { today: TODAY, policies: housing }), 3)).toEqual([]);
  });

  it('shows the constraints in the required documents', () => {
    const doc = validateTransfer(guiyangToHarbin(), { today: TODAY }).items[0]!.requiredDocuments[0]!;
    expect(doc).toMatchObject({ minShortSidePx: 600, minDpi: 150, photocopyAccepted: true, electronicAccepted: true, formats: ['pdf', 'ofd', 'jpg', 'png'] });
  });
});
