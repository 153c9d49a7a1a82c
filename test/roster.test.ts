/** checkRoster: each spreadsheet mistake as a case, duplicates, a mapping, and noise that changes nothing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRoster, normaliseCell, parseChineseNumber, parseRosterDate, type RosterRecord } from '../src/index.js';

const TODAY = '2026-11-20';
const GOOD = {
  姓名: '张三',
  身份证号: '520102199003071236',
  原参保地: '贵州省贵阳市南明区',
  现参保地: '黑龙江省哈尔滨市道里区',
  参保险种: '养老,医疗,公积金',
  离职日期: '2026-09-30',
  申请日期: '2026-11-20',
  养老缴费月数: '96',
  医疗缴费月数: '96',
  公积金缴费月数: '60',
  最后缴费月份: '2026-09',
};
const check = (records: RosterRecord[], columns?: Record<string, string>) => checkRoster(records, { today: TODAY, ...(columns ? { columns } : {}) });
const codes = (records: RosterRecord[]) => check(records).rows[0]!.issues.map((i) => `${i.severity} ${i.code} @${i.column}`);

describe('checkRoster', () => {
  it('passes a clean row and makes its application', () => {
    const { rows, summary, issues } = check([GOOD]);
    expect(issues).toEqual([]);
    expect(rows[0]).toMatchObject({ row: 2, status: 'ok', name: '张三' });
    // Only a note that the insurance words were read as ids.
    expect(rows[0]!.issues.map((i) => `${i.severity} ${i.code}`)).toEqual(['info roster.value-normalised']);
    expect(rows[0]!.application).toMatchObject({
      applicant: { name: '张三', idNumber: '520102199003071236' },
      from: { region: '贵州省贵阳市南明区' },
      insuranceTypes: ['pension', 'medical', 'housing-fund'],
      contributions: { pension: { months: 96, lastPaidMonth: '2026-09' }, 'housing-fund': { months: 60 } },
    });
    expect(rows[0]!.cleaned.from).toEqual({ code: '520102', name: '贵州省贵阳市南明区' });
    expect(summary).toEqual({ rows: 1, ok: 1, warnings: 0, errors: 0, skipped: 0 });
  });

  it('names an ID number Excel turned into scientific notation, and says how to fix the export', () => {
    const { rows } = check([{ ...GOOD, 身份证号: '5.20102E+17' }]);
    const issue = rows[0]!.issues.find((i) => i.code === 'roster.id-scientific-notation')!;
    expect(issue).toMatchObject({ severity: 'error', column: '身份证号', value: '5.20102E+17' });
    expect(issue.suggestion).toContain('文本');
    expect(rows[0]!.issues.map((i) => i.code)).not.toContain('input.required');
    expect(check([{ ...GOOD, 身份证号: 520102199003071236 }]).rows[0]!.issues[0]!.code).toBe('roster.id-scientific-notation');
  });

  it('cleans apostrophes, full-width digits and spaces as info, not errors', () => {
    const { rows } = check([{ ...GOOD, 身份证号: "'５２０１０２ １９９００３０７１２３６", 姓名: ' 张 三 ', 养老缴费月数: '９６' }]);
    expect(rows[0]!.status).toBe('ok');
    expect(rows[0]!.cleaned).toMatchObject({ idNumber: '520102199003071236', name: '张三', pensionMonths: 96 });
    expect(rows[0]!.issues.every((i) => i.severity === 'info')).toBe(true);
  });

  it.each([
    ['2026/09/30', '2026-09-30'],
    ['2026年9月30日', '2026-09-30'],
    ['20260930', '2026-09-30'],
    ['2026.9.30', '2026-09-30'],
    [46295, '2026-09-30'],
    ['46295', '2026-09-30'],
  ])('understands the date %j as %s, and says so', (written, iso) => {
    const { rows } = check([{ ...GOOD, 离职日期: written }]);
    expect(rows[0]!.cleaned.separationDate).toBe(iso);
    expect(rows[0]!.issues).toContainEqual(expect.objectContaining({ code: 'roster.date-normalised', severity: 'info', column: '离职日期' }));
  });

  it.each([
    ['养老,医疗、公积金', ['pension', 'medical', 'housing-fund']],
    ['五险一金', ['pension', 'medical', 'unemployment', 'work-injury', 'maternity', 'housing-fund']],
    ['养老保险 和 住房公积金', ['pension', 'housing-fund']],
  ])('understands the insurance list %j', (written, types) => {
    expect(check([{ ...GOOD, 参保险种: written }]).rows[0]!.cleaned.insuranceTypes).toEqual(types);
  });

  it('names a word that is no insurance type at its column', () => {
    expect(codes([{ ...GOOD, 参保险种: '养老,大病' }])).toContain('error insurance.unknown @参保险种');
  });

  it.each([
    ['九十六', 96],
    ['96个月', 96],
    ['8年', 96],
    ['8年6个月', 102],
    ['一百零二', 102],
  ])('understands the months %j', (written, months) => {
    expect(check([{ ...GOOD, 养老缴费月数: written }]).rows[0]!.cleaned.pensionMonths).toBe(months);
  });

  it.each(['约96', '90-96', '九十多'])('flags the months %j instead of guessing', (written) => {
    expect(codes([{ ...GOOD, 养老缴费月数: written }])).toContain('warning roster.number-ambiguous @养老缴费月数');
  });

  it('reports the same person twice on the later row, naming the first', () => {
    const { rows } = check([GOOD, { ...GOOD }]);
    expect(rows[1]!.issues).toContainEqual(expect.objectContaining({ code: 'roster.duplicate-person', column: '身份证号', message: '与第 2 行是同一个身份证号' }));
    expect(rows[0]!.status).toBe('ok');
  });

  it('warns of a possible duplicate: same name and birth date, another ID', () => {
    const other = '520103199003071234'; // same birth date, valid check digit
    const { rows } = check([GOOD, { ...GOOD, 身份证号: other }]);
    expect(rows[1]!.issues).toContainEqual(expect.objectContaining({ code: 'roster.possible-duplicate', severity: 'warning', message: expect.stringContaining('第 2 行') }));
  });

  it('reuses the package checks, with suggestions, at their columns', () => {
    const issues = check([{ ...GOOD, 原参保地: '贵州市', 身份证号: '520102199003071237' }]).rows[0]!.issues;
    expect(issues).toContainEqual(expect.objectContaining({ code: 'region.unknown', column: '原参保地', value: '贵州市', suggestion: expect.stringContaining('贵阳') }));
    expect(issues).toContainEqual(expect.objectContaining({ code: 'id.checksum', column: '身份证号' }));
    // no documents in a roster: no material problems
    expect(issues.some((i) => i.code.startsWith('material.'))).toBe(false);
  });

  it('reads other headers through a mapping, and reports unknown and missing columns once', () => {
    const { columns, issues, rows } = check([{ 员工: '张三', 证件号: '520102199003071236', 原参保地: '贵阳', 现参保地: '哈尔滨', 参保险种: '养老', 工号: 'A1' }], { 员工: 'name', 证件号: 'idNumber' });
    expect(columns).toContainEqual({ header: '证件号', field: 'idNumber' });
    expect(issues.map((i) => `${i.code} ${i.column}`)).toEqual(['roster.unknown-column 工号']);
    expect(rows[0]!.status).toBe('ok');
    const missing = check([{ 姓名: '张三' }]).issues.filter((i) => i.code === 'roster.missing-column');
    expect(missing.map((i) => i.message)).toEqual(expect.arrayContaining([expect.stringContaining('身份证号'), expect.stringContaining('原参保地')]));
  });

  it('skips empty rows and keeps the spreadsheet row numbers it is given', () => {
    const { rows, summary } = check([{ row: 5, values: GOOD }, { row: 7, values: {} }]);
    expect(rows.map((r) => [r.row, r.status])).toEqual([
      [5, 'ok'],
      [7, 'skipped'],
    ]);
    expect(summary.skipped).toBe(1);
  });
});

describe('the cell readers', () => {
  it('parse Chinese numerals and dates', () => {
    expect([parseChineseNumber('十二'), parseChineseNumber('二十'), parseChineseNumber('一千零五'), parseChineseNumber('九十多')]).toEqual([12, 20, 1005, undefined]);
    expect([parseRosterDate('2026-02-30'), parseRosterDate(45658), parseRosterDate('x')]).toEqual([undefined, '2025-01-01', undefined]);
    expect(normaliseCell('gender', '男').value).toBe('male');
  });

  it('a clean row with noise added (spaces, full-width digits, apostrophes) stays clean', () => {
    const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const noise = fc.record({ space: fc.boolean(), wide: fc.boolean(), apostrophe: fc.boolean(), pad: fc.constantFrom('', ' ', '\u3000', '\u00a0') });
    fc.assert(
      fc.property(noise, noise, noise, (a, b, c) => {
        const noisy = (value: string, n: typeof a) => {
          let v = n.wide ? fullWidth(value) : value;
          if (n.space) v = v.replace(/(\d{6})/, '$1 ');
          if (n.apostrophe) v = `'${v}`;
          return `${n.pad}${v}${n.pad}`;
        };
        const row = { ...GOOD, 身份证号: noisy(GOOD.身份证号, a), 养老缴费月数: noisy(GOOD.养老缴费月数, b), 离职日期: noisy(GOOD.离职日期, c) };
        const [result] = check([row]).rows;
        expect(result!.status).toBe('ok');
        expect(result!.cleaned).toMatchObject({ idNumber: GOOD.身份证号, pensionMonths: 96, separationDate: '2026-09-30' });
      }),
      { numRuns: 200 },
    );
  });
});
