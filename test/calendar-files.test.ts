/** Holiday years as data: rules/calendar/YYYY.yaml extends chinese-days, and deadlines use it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCase, getBundledPolicies, overdue, transition, validateTransfer, WorkingCalendar, type TransferCase } from '../src/index.js';
import { lintPolicies, loadPolicies, parseCalendarYaml } from '../src/node/index.js';
import { toDayNumber, fromDayNumber } from '../src/calendar/iso-date.js';
import { guiyangToHarbin, ROOT } from './support/fixtures.js';
import { rulesFolder } from './support/rules-folder.js';
import chineseDays from 'chinese-days';
import { holidayTableFromChineseDays } from '../src/build/holiday-table.js';

/** A made-up year for tests only: 2027-01-01..01-03 and 2027-02-06..02-12 off, Saturday 2027-02-20 worked. */
const TEST_YEAR = `year: 2027
source:
  document: 测试用节假日安排（非真实通知）
holidays:
  - name: 元旦
    off: { from: "2027-01-01", to: "2027-01-03" }
  - name: 春节
    off: { from: "2027-02-06", to: "2027-02-12" }
    workdays: ["2027-02-20"]
`;

describe('the holiday data taken from chinese-days', () => {
  it('is what the installed chinese-days gives (run npm run generate:holidays after upgrading it)', () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, 'src/generated/holidays.json'), 'utf8'));
    expect(shipped.years).toEqual(holidayTableFromChineseDays());
    expect(shipped.source).toBe(`chinese-days ${JSON.parse(readFileSync(join(ROOT, 'node_modules/chinese-days/package.json'), 'utf8')).version}`);
  });

  it('agrees with chinese-days on every day from 2004 to its last year', () => {
    const calendar = new WorkingCalendar();
    const years = Object.keys(JSON.parse(readFileSync(join(ROOT, 'src/generated/holidays.json'), 'utf8')).years).map(Number);
    expect(years[0]).toBe(2004);
    let checked = 0;
    for (let day = toDayNumber('2004-01-01'); day <= toDayNumber(`${years[years.length - 1]}-12-31`); day++) {
      const date = fromDayNumber(day);
      expect(calendar.isWorkingDayNumber(day), date).toBe(chineseDays.isWorkday(date));
      checked++;
    }
    expect(checked).toBeGreaterThan(8000);
    expect(calendar.covers(2003)).toBe(false);
  });
});

describe('calendar files', () => {
  it('the bundled 2026 file agrees day by day with chinese-days', () => {
    const text = readFileSync(join(ROOT, 'rules/calendar/2026.yaml'), 'utf8');
    const { year, problems } = parseCalendarYaml(text, 'calendar/2026.yaml');
    expect(problems).toEqual([]);
    const fromFile = new WorkingCalendar([year!]);
    const fromData = new WorkingCalendar();
    for (let day = toDayNumber('2026-01-01'); day <= toDayNumber('2026-12-31'); day++) {
      expect(fromFile.isWorkingDayNumber(day), fromDayNumber(day)).toBe(fromData.isWorkingDayNumber(day));
    }
    expect(fromFile.dataSource(2026)).toBe('calendar-file');
  });

  it('a new year replaces the predicted one and silences calendar.predicted', () => {
    const app = { ...guiyangToHarbin(), applicationDate: '2026-12-21' };
    const plain = validateTransfer(app, { today: '2026-12-21' });
    expect(plain.issues.map((i) => i.code)).toContain('calendar.predicted');
    expect(plain.issues.map((i) => i.code)).not.toContain('calendar.beyond-data');

    const policies = loadPolicies(rulesFolder({ 'calendar/2027.yaml': TEST_YEAR }), { extends: 'bundled' });
    const withYear = validateTransfer(app, { today: '2026-12-21', policies });
    expect(withYear.issues.map((i) => i.code)).not.toContain('calendar.predicted');
    const medical = (r: typeof plain) => r.items.find((i) => i.insurance === 'medical')!.steps.map((s) => s.due);
    // 10 working days from 2026-12-21: New Year's Day is off by law, predicted or published.
    expect(medical(plain)[0]).toBe('2027-01-05');
    expect(medical(withYear)[0]).toBe('2027-01-05');
    // The predicted Spring Festival starts on 除夕 (2027-02-05); the test year's file starts it on 02-06 and wins.
    expect(getBundledPolicies().calendar.isWorkingDayNumber(toDayNumber('2027-02-05'))).toBe(false);
    expect(policies.calendar.isWorkingDayNumber(toDayNumber('2027-02-05'))).toBe(true);
    expect(policies.calendar.dataSource(2027)).toBe('calendar-file');
    expect(getBundledPolicies().calendar.dataSource(2027)).toBe('predicted');
    expect(policies.calendar.covers(2027)).toBe(true);
    expect(getBundledPolicies().calendar.covers(2027)).toBe(false);
  });

  it('says calendar.beyond-data only past the predicted years', () => {
    const app = { ...guiyangToHarbin(), applicationDate: '2036-12-15' };
    const r = validateTransfer(app, { today: '2036-12-15' });
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'calendar.beyond-data', params: { years: '2037' } }));
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'calendar.predicted', params: { years: '2036' } }));
  });

  it('the workflow schedules and counts lateness in the rule set’s calendar', () => {
    const policies = loadPolicies(rulesFolder({ 'calendar/2027.yaml': TEST_YEAR }), { extends: 'bundled' });
    const now = '2026-12-21T09:00:00+08:00';
    const send = (options: { policies?: typeof policies }) => {
      let c: TransferCase = createCase({ ...guiyangToHarbin(), applicationDate: '2026-12-21' }, { now, ...options });
      for (const type of ['submit', 'approve', 'send-to-agency'] as const) {
        const r = transition(c, { type }, { now, ...options });
        if (!r.ok) throw new Error(r.error.messageEn);
        c = r.case;
      }
      return c;
    };
    const medicalDue = (c: TransferCase) => c.items.find((i) => i.insurance === 'medical')!.steps[0]!.due;
    expect(medicalDue(send({}))).toBe('2027-01-05');
    const withYear = send({ policies });
    expect(medicalDue(withYear)).toBe('2027-01-05');
    // 2027-01-05 to 2027-02-15: the test year's Spring Festival (02-06..02-12, 02-20 worked) against
    // the predicted one (02-05..02-12, Sundays 01-31 and 02-14 worked): 02-05 counts in the file's year,
    // and the two make-up Sundays in the predicted one.
    const late = (opts: { policies?: typeof policies }) =>
      overdue(withYear, '2027-02-15T09:00:00+08:00', opts).find((s) => s.insurance === 'medical')!.workingDaysLate;
    expect(late({ policies })).toBe(late({}) - 1);
  });

  it('counts a make-up Saturday as a working day', () => {
    const { year } = parseCalendarYaml(TEST_YEAR, 'calendar/2027.yaml');
    const calendar = new WorkingCalendar([year!]);
    expect(calendar.isWorkingDayNumber(toDayNumber('2027-02-20'))).toBe(true);
    expect(calendar.isWorkingDayNumber(toDayNumber('2027-02-08'))).toBe(false);
    expect(fromDayNumber(calendar.addWorkingDayNumbers(toDayNumber('2027-02-05'), 1))).toBe('2027-02-15');
  });

  it('a calendar file wins over chinese-days for its year', () => {
    const moved = `year: 2026
source: { document: 测试：假设国庆改为 10-02 至 10-08 }
holidays:
  - name: 国庆节
    off: { from: "2026-10-02", to: "2026-10-08" }
`;
    const policies = loadPolicies(rulesFolder({ 'calendar/2026.yaml': moved }), { extends: 'bundled' });
    expect(policies.calendar.isWorkingDayNumber(toDayNumber('2026-10-01'))).toBe(true);
    expect(policies.calendar.isWorkingDayNumber(toDayNumber('2026-10-08'))).toBe(false);
    // lint says where the file and chinese-days disagree, as a warning
    const { problems } = lintPolicies(rulesFolder({ 'calendar/2026.yaml': moved }), { extends: 'bundled', today: '2026-11-20' });
    const differ = problems.filter((p) => p.code === 'calendar.differs-from-bundled');
    expect(differ.length).toBeGreaterThan(3);
    expect(differ.every((p) => p.severity === 'warning')).toBe(true);
    expect(differ.map((p) => p.messageEn)).toContain(
      '2026-10-01 differs from the bundled holiday data (chinese-days): the file says a working day, the data says a day off; the file wins',
    );
  });

  it('refuses a year whose file has errors, and says where', () => {
    const bad = TEST_YEAR.replace('workdays: ["2027-02-20"]', 'workdays: ["2027-02-08"]');
    const { year, problems } = parseCalendarYaml(bad, 'calendar/2027.yaml');
    expect(year).toBeUndefined();
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['calendar.workday-not-weekend', 9],
      ['calendar.off-and-on', 9],
    ]);
    expect(() => loadPolicies(rulesFolder({ 'calendar/2027.yaml': bad }), { extends: 'bundled' })).toThrow(/listed both as a day off and as a working day/);
  });

  it('refuses two files for one year', () => {
    const dir = rulesFolder({ 'calendar/2027.yaml': TEST_YEAR, 'calendar/2027.yml': TEST_YEAR });
    const { problems } = lintPolicies(dir, { today: '2026-11-20' });
    expect(problems.map((p) => `${p.file} ${p.code}`)).toEqual(['calendar/2027.yml calendar.duplicate-year']);
    expect(problems[0]!.messageEn).toBe('the holidays of 2027 are also given in calendar/2027.yaml');
  });

  it('rejects dates that do not exist', () => {
    const { problems } = parseCalendarYaml(TEST_YEAR.replace('"2027-01-03"', '"2027-02-30"'), 'calendar/2027.yaml');
    expect(problems[0]).toMatchObject({ code: 'schema', line: 6 });
  });
});
