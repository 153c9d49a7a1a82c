import { describe, expect, it } from 'vitest';
import { explainRoute, InvalidDateError, PolicyError, validateTransfer } from '../src/index.js';
import { guiyangToHarbin, TODAY } from './support/fixtures.js';

describe('validateTransfer on the seed case (Guiyang → Harbin)', () => {
  const result = validateTransfer(guiyangToHarbin(), { today: TODAY });
  const item = (type: string) => result.items.find((i) => i.insurance === type)!;

  it('passes, with the route resolved at county level', () => {
    expect(result.ok).toBe(true);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.route).toEqual({
      from: { code: '520102', level: 'county', name: '南明区', city: '贵阳市', province: '贵州省' },
      to: { code: '230102', level: 'county', name: '道里区', city: '哈尔滨市', province: '黑龙江省' },
    });
    expect(result.referenceDate).toBe('2026-11-20');
    expect(result.policyVersion).toMatch(/^sha-[0-9a-f]{8}$/);
  });

  it('decides each insurance type as the national rules say', () => {
    expect(result.items.map((i) => [i.insurance, i.decision])).toEqual([
      ['pension', 'transfer'],
      ['medical', 'transfer'],
      ['unemployment', 'transfer'],
      ['work-injury', 'not-required'],
      ['maternity', 'follows-medical'],
      ['housing-fund', 'transfer'],
    ]);
  });

  it('gives each reason its legal source', () => {
    expect(item('pension').reasons[0]).toMatchObject({
      ruleId: 'pension.transfer',
      source: { document: '国办发〔2009〕66号', article: '第四条、第五条' },
    });
    expect(item('pension').conditions.map((c) => [c.ruleId, c.met])).toEqual([
      ['pension.same-pooling-area', false],
      ['pension.resident-hukou-move', false],
      ['pension.across-schemes', false],
      ['pension.resident-scheme', false],
      ['pension.public-institution-same-pooling-area', false],
      ['pension.public-institution-older-worker', false],
      ['pension.public-institution', false],
      ['pension.within-province', false],
      ['pension.outside-66', false],
      ['pension.foreigner', false],
      ['pension.hk-macao-taiwan', false],
      ['pension.no-hukou', false],
      ['pension.temporary-account', false],
      ['pension.hukou-unknown', false],
      ['pension.return-to-hukou', false],
      ['pension.transfer', true],
    ]);
    expect(item('unemployment').reasons[0]).toMatchObject({
      ruleId: 'unemployment.across-provinces',
      source: { document: '《中华人民共和国社会保险法》', article: '第五十二条' },
    });
    expect(item('housing-fund').reasons[0]!.source.verified).toBe(false);
  });

  it('lists the documents with whether each was provided', () => {
    expect(item('pension').requiredDocuments.map((d) => [d.kind, d.provided, d.sealRequired, d.issuer])).toEqual([
      ['pension-contribution-certificate', true, true, 'origin-agency'],
      ['id-card', true, false, 'public-security'],
    ]);
    expect(item('pension').requiredDocuments[1]!.alternatives).toEqual([{ kind: 'social-security-card', name: '社会保障卡', nameEn: 'social security card' }]);
  });

  it('dates each step in Chinese working days, one after another', () => {
    expect(item('pension').steps.map((s) => [s.step, s.workingDays, s.due])).toEqual([
      ['destination-acceptance-letter', 15, '2026-12-11'],
      // 2027-01-01 is New Year's Day by law: the predicted 2027 calendar keeps it off.
      ['origin-transfer', 15, '2027-01-04'],
      ['destination-completion', 15, '2027-01-25'],
    ]);
    expect(item('pension').estimatedCompletion).toBe('2027-01-25');
    expect(item('medical').estimatedCompletion).toBe('2026-12-18');
  });

  it('gives no due date after a step whose time limit no source gives', () => {
    expect(item('housing-fund').steps.map((s) => [s.step, s.workingDays, s.due])).toEqual([
      ['destination-acceptance', 3, '2026-11-25'],
      ['origin-transfer', undefined, undefined],
      ['destination-completion', undefined, undefined],
    ]);
    expect(item('housing-fund').estimatedCompletion).toBeUndefined();
  });

  it('flags the 2027 deadlines as counted on a predicted holiday calendar', () => {
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'calendar.predicted', severity: 'warning', params: { years: '2027' } }));
    expect(result.issues.map((i) => i.code)).not.toContain('calendar.beyond-data');
  });

  it('marks unverified steps and warns about them', () => {
    expect(item('unemployment').steps.map((s) => s.status ?? 'verified')).toEqual(['verified', 'unverified', 'verified']);
    expect(result.issues.filter((i) => i.code === 'policy.unverified').map((i) => i.ruleId)).toEqual(['unemployment.origin-transfer']);
  });
});

describe('validateTransfer options and edge cases', () => {
  it('calls a missing region, like any missing field, required', () => {
    const app = guiyangToHarbin() as Record<string, unknown>;
    const result = validateTransfer({ ...app, from: {}, to: { scheme: 'enterprise' } }, { today: '2026-11-20' });
    const found = result.issues.filter((i) => i.path[1] === 'region').map((i) => `${i.code}@${i.path.join('.')}`);
    expect(found).toEqual(['input.required@from.region', 'input.required@to.region']);
  });

  it('takes the hukou province from the ID number when none is given, and says so', () => {
    const app = guiyangToHarbin();
    delete app.applicant.hukouRegion;
    const result = validateTransfer(app, { today: TODAY });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: 'hukou.from-id-number', severity: 'info', path: ['applicant', 'hukouRegion'], params: { province: '贵州省' } }),
    );
  });

  it('speaks English when asked, and always fills messageEn', () => {
    const app = guiyangToHarbin();
    app.applicant.idNumber = '520102199003071235';
    const zh = validateTransfer(app, { today: TODAY });
    const en = validateTransfer(app, { today: TODAY, locale: 'en' });
    const issue = (r: typeof zh) => r.issues.find((i) => i.code === 'id.checksum')!;
    expect(issue(zh).message).toBe('身份证号码校验位不正确');
    expect(issue(en).message).toBe('The check character of the identity number is wrong');
    expect(issue(zh).messageEn).toBe(issue(en).message);
    expect(en.items[0]!.insuranceName).toBe('pension insurance');
  });

  it('reads a locale it does not speak as Chinese, with the very pieces of a Chinese result', () => {
    // A host may pass what it receives (an Accept-Language header): the caches kept per language
    // must not grow with every string, so such a locale is Chinese, pieces and plans included.
    const app = guiyangToHarbin();
    const zh = validateTransfer(app, { today: TODAY });
    for (const locale of ['fr-FR', 'zh', 'EN', ''] as const) {
      const other = validateTransfer(app, { today: TODAY, locale: locale as 'zh-CN' });
      expect(JSON.stringify(other)).toBe(JSON.stringify(zh));
      expect(other.items[0]!.requiredDocuments[0]).toBe(zh.items[0]!.requiredDocuments[0]);
      expect(other.items[0]!.reasons[0]).toBe(zh.items[0]!.reasons[0]);
    }
  });

  it('uses today when the application has no date, and warns when it has neither', () => {
    const app = guiyangToHarbin();
    delete app.applicationDate;
    expect(validateTransfer(app, { today: '2026-11-23' }).referenceDate).toBe('2026-11-23');
    const none = validateTransfer(app);
    expect(none.issues).toContainEqual(expect.objectContaining({ code: 'date.no-reference' }));
    expect(none.items[0]!.steps[0]!.due).toBeUndefined();
  });

  it('warns about an application dated after today', () => {
    const result = validateTransfer(guiyangToHarbin(), { today: '2026-11-19' });
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'date.application-in-future', severity: 'warning' }));
  });

  it('throws a typed error for an invalid today option, a programmer error', () => {
    expect(() => validateTransfer(guiyangToHarbin(), { today: '2026-13-01' })).toThrow(InvalidDateError);
  });

  it('throws a PolicyError for something that is not a policy set, a programmer error', () => {
    expect(() => validateTransfer(guiyangToHarbin(), { policies: {} as never })).toThrow(PolicyError);
    expect(() => explainRoute({ from: '贵阳', to: '哈尔滨', policies: [] as never })).toThrow(/not a PolicySet/);
  });

  it('answers the seed mistake 贵州市 with 贵阳市 as a suggestion', () => {
    const app = guiyangToHarbin();
    app.from.region = '贵州市';
    const issue = validateTransfer(app, { today: TODAY }).issues.find((i) => i.code === 'region.unknown')!;
    expect(issue.path).toEqual(['from', 'region']);
    expect(issue.suggestion).toContain('贵州省贵阳市');
    expect(issue.suggestion).toContain('贵州省');
  });

  it('tells the employee which document to upload, from whom, sealed', () => {
    const app = guiyangToHarbin();
    app.materials = app.materials.filter((m: { kind: string }) => m.kind !== 'pension-contribution-certificate');
    const issue = validateTransfer(app, { today: TODAY }).issues.find((i) => i.code === 'material.missing')!;
    expect(issue.message).toBe('缺少材料：《基本养老保险参保缴费凭证》');
    expect(issue.suggestion).toBe('请上传原参保地经办机构出具的《基本养老保险参保缴费凭证》');
    expect(issue.source?.document).toBe('国办发〔2009〕66号');
  });

  it('treats a document issued by the provincial agency above the origin as issued in the origin', () => {
    const app = guiyangToHarbin();
    app.materials[1].issuedBy = '贵州省';
    expect(validateTransfer(app, { today: TODAY }).issues.map((i) => i.code)).not.toContain('material.issuer-not-origin');
  });

  it('reports an unknown issuing region at the material', () => {
    const app = guiyangToHarbin();
    app.materials[1].issuedBy = '贵州市';
    expect(validateTransfer(app, { today: TODAY }).issues).toContainEqual(expect.objectContaining({ code: 'region.unknown', path: ['materials', 1, 'issuedBy'] }));
  });

  it('notes uploaded documents no chosen insurance type needs', () => {
    const app = guiyangToHarbin();
    app.insuranceTypes = ['work-injury'];
    const codes = validateTransfer(app, { today: TODAY }).issues.map((i) => i.code);
    expect(codes).toContain('material.not-required');
    expect(codes).toContain('contribution.not-requested');
  });

  it('accepts an application without materials, and lists them all as missing', () => {
    const app = guiyangToHarbin();
    delete app.materials;
    const result = validateTransfer(app, { today: TODAY });
    expect(result.issues.filter((i) => i.code === 'material.missing').map((i) => i.params?.kind)).toEqual([
      'pension-contribution-certificate',
      'id-card',
      'medical-insurance-certificate',
      'unemployment-transfer-application',
      'housing-fund-transfer-application',
    ]);
  });
});

describe('explainRoute', () => {
  it('explains what applies from Guiyang to Harbin, with the conditions in words', () => {
    const e = explainRoute({ from: '贵阳', to: '哈尔滨', date: TODAY, types: ['pension'] });
    expect(e.ok).toBe(true);
    expect(e.route.from?.code).toBe('520100');
    const pension = e.items[0]!;
    const temporary = pension.rules.find((r) => r.ruleId === 'pension.temporary-account')!;
    expect(temporary).toMatchObject({ decision: 'temporary-account', file: 'national/pension.yaml' });
    expect(pension.rules.map((r) => r.ruleId).slice(0, 3)).toEqual(['pension.same-pooling-area', 'pension.resident-hukou-move', 'pension.across-schemes']);
    expect(temporary.when).toBe(
      '（（性别 = male 且 申请日当天的周岁年龄 ≥ 50） 或 （性别 = female 且 申请日当天的周岁年龄 ≥ 40）） 且 现参保地是否为户籍所在省 = false',
    );
    expect(pension.steps.map((s) => [s.step, s.workingDays, s.forDecisions])).toEqual([
      ['destination-acceptance-letter', 15, ['transfer']],
      ['origin-transfer', 15, ['transfer']],
      ['destination-completion', 15, ['transfer']],
      ['temporary-account-opening', undefined, ['temporary-account']],
    ]);
    expect(pension.documents.map((d) => d.kind)).toEqual([
      'pension-contribution-certificate',
      'id-card',
      'hk-macao-residence-permit',
      'taiwan-residence-permit',
      'foreign-permanent-residence-card',
    ]);
  });

  it('reports unknown regions and types instead of throwing', () => {
    const e = explainRoute({ from: '贵州市', to: '哈尔滨', types: ['养老'] });
    expect(e.ok).toBe(false);
    // 哈尔滨 is taken as 黑龙江省哈尔滨市, and said so.
    expect(e.issues.map((i) => i.code)).toEqual(['region.unknown', 'region.interpreted', 'insurance.unknown']);
    expect(e.issues[2]!.suggestion).toContain('基本养老保险');
    expect(e.issues[2]!.params?.guess).toBe('pension');
  });

  it('says which end of the route is missing, and tolerates no options at all', () => {
    expect(explainRoute({ from: '贵阳' } as never).issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual(['input.required@to', 'region.interpreted@from']);
    expect(explainRoute(undefined as never).ok).toBe(false);
    expect(validateTransfer({}, null as never).ok).toBe(false);
  });

  it('shows only the policies in force on the date', () => {
    const before43 = explainRoute({ from: '贵阳', to: '哈尔滨', date: '2020-01-01', types: ['medical'] }).items[0]!;
    expect(before43.rules.map((r) => [r.ruleId, r.policy])).toEqual([
      ['medical.same-pooling-area', 'national.medical-2010'],
      ['medical.transfer', 'national.medical-2010'],
    ]);
    expect(before43.steps.map((s) => s.workingDays)).toEqual([15, 15, 15]);
    const before2010 = explainRoute({ from: '贵阳', to: '哈尔滨', date: '2010-06-30', types: ['medical'] }).items[0]!;
    expect(before2010.rules).toEqual([]);
  });
});
