/** The holiday table as chinese-days gives it: year → [weekday days off, weekend working days] as MMDD lists. */
import chineseDays from 'chinese-days';
import { toDayNumber, weekdayOf } from '../calendar/iso-date.js';

const weekday = (date: string): number => weekdayOf(toDayNumber(date));
const mmdd = (date: string): string => date.slice(5, 7) + date.slice(8, 10);

export function holidayTableFromChineseDays(): Record<string, [string, string]> {
  const years: Record<string, [string, string]> = {};
  for (let year = 1990; year <= 2100; year++) {
    const start = `${year}-01-01`;
    const end = `${year}-12-31`;
    const off = chineseDays.getHolidaysInRange(start, end, false).map(mmdd);
    const on = chineseDays.getWorkdaysInRange(start, end, true).filter((d) => weekday(d) === 0 || weekday(d) === 6).map(mmdd);
    if (off.length + on.length > 0) years[year] = [off.join(' '), on.join(' ')];
  }
  return years;
}
