/**
 * The checks of a calendar file beyond its schema: the year of the file name, dates inside that
 * year, no day both off and worked, the notice cited — and the expansion into a CalendarYear.
 */
import type { CalendarFile, CalendarYear } from '../calendar/calendar-year.js';
import { fromDayNumber, toDayNumber, weekdayOf } from '../calendar/iso-date.js';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Locate } from './parse-policy-yaml.js';
import { policyProblem } from './describe-problem.js';
import type { PolicyProblem } from './policy-error.js';

const isWeekend = (day: number) => weekdayOf(day) === 0 || weekdayOf(day) === 6;

export function checkCalendarFile(data: CalendarFile, file: string, locate: Locate): { year?: CalendarYear; problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  const at = (path: (string | number)[]) => ({ file, path, ...(locate(path) ?? { line: 1, column: 1 }) });
  const { year } = data;

  const fileYear = /(?:^|\/)([^/]*?)\.ya?ml$/.exec(file)?.[1] ?? file;
  if (fileYear !== String(year)) problems.push(policyProblem('calendar.year-mismatch', at(['year']), { fileYear, year }));
  if (!data.source) problems.push(policyProblem('calendar.source-missing', at([]), { year }));

  const inYear = (date: string, path: (string | number)[]) => {
    if (date.slice(0, 4) === String(year)) return true;
    problems.push(policyProblem('calendar.date-outside-year', at(path), { date, year }));
    return false;
  };

  const off = new Set<number>();
  const on = new Map<number, (string | number)[]>();
  data.holidays.forEach((holiday, i) => {
    const { from, to } = holiday.off;
    const fromOk = inYear(from, ['holidays', i, 'off', 'from']);
    const toOk = inYear(to, ['holidays', i, 'off', 'to']);
    if (to < from) {
      problems.push(policyProblem('effective.order', at(['holidays', i, 'off']), { from, to }));
    } else if (fromOk && toOk) {
      const days: number[] = [];
      for (let day = toDayNumber(from); day <= toDayNumber(to); day++) days.push(day);
      for (const day of days) off.add(day);
      if (days.every(isWeekend)) problems.push(policyProblem('calendar.day-off-on-weekend', at(['holidays', i, 'off']), { from, to }));
    }
    holiday.workdays.forEach((date, j) => {
      const path = ['holidays', i, 'workdays', j];
      if (!inYear(date, path)) return;
      const day = toDayNumber(date);
      if (!isWeekend(day)) problems.push(policyProblem('calendar.workday-not-weekend', at(path), { date }));
      on.set(day, path);
    });
  });
  for (const [day, path] of on) {
    if (off.has(day)) problems.push(policyProblem('calendar.off-and-on', at(path), { date: fromDayNumber(day) }));
  }

  if (problems.some((p) => p.severity === 'error') || !data.source) return { problems };
  const sorted = (days: Iterable<number>) => [...days].sort((a, b) => a - b).map(fromDayNumber);
  const calendarYear: CalendarYear = { year, off: sorted(off), on: sorted(on.keys()), source: data.source, file };
  problems.push(...compareWithBundledData(calendarYear, data, at));
  return { year: calendarYear, problems };
}

const chineseDaysOnly = new WorkingCalendar();
const DAY_NAMES = { true: { zh: '上班', en: 'a working day' }, false: { zh: '放假', en: 'a day off' } } as const;

/** Where chinese-days also has the year: every day on which the file and the data disagree (a typo, or a correction). */
function compareWithBundledData(
  calendarYear: CalendarYear,
  data: CalendarFile,
  at: (path: (string | number)[]) => { file: string; path: (string | number)[]; line: number; column: number },
): PolicyProblem[] {
  if (chineseDaysOnly.dataSource(calendarYear.year) !== 'chinese-days') return [];
  const fileCalendar = new WorkingCalendar([calendarYear]);
  const problems: PolicyProblem[] = [];
  const first = toDayNumber(`${calendarYear.year}-01-01`);
  const last = toDayNumber(`${calendarYear.year}-12-31`);
  for (let day = first; day <= last; day++) {
    const inFile = fileCalendar.isWorkingDayNumber(day);
    const inData = chineseDaysOnly.isWorkingDayNumber(day);
    if (inFile === inData) continue;
    const date = fromDayNumber(day);
    const index = data.holidays.findIndex((h) => (h.off.from <= date && date <= h.off.to) || h.workdays.includes(date));
    const holiday = data.holidays[index];
    const path = !holiday ? ['holidays'] : holiday.workdays.includes(date) ? ['holidays', index, 'workdays', holiday.workdays.indexOf(date)] : ['holidays', index, 'off'];
    const said = (working: boolean) => DAY_NAMES[`${working}`];
    problems.push(
      policyProblem('calendar.differs-from-bundled', at(path), {
        date,
        file: said(inFile).zh,
        fileEn: said(inFile).en,
        bundled: said(inData).zh,
        bundledEn: said(inData).en,
      }),
    );
  }
  return problems;
}
