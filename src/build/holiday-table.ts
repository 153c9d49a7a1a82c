/** The holiday table as chinese-days gives it: year → [weekday days off, weekend working days] as MMDD lists. */
import chineseDays from 'chinese-days';
import { toDayNumber, weekdayOf } from '../calendar/iso-date.js';
import { predictedTableRow, predictHolidayYear } from '../calendar/predict-holidays.js';
import { festivalDates } from './festival-dates.js';

/** How many years after the last published one are predicted. */
export const PREDICTED_YEARS = 10;

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

/** The predicted table of the years after the last one in `published`: year → [weekday days off, weekend working days]. */
export function predictedHolidayTable(published: Record<string, [string, string]>): Record<string, [string, string]> {
  const last = Math.max(...Object.keys(published).map(Number));
  const years: Record<string, [string, string]> = {};
  for (let year = last + 1; year <= last + PREDICTED_YEARS; year++) years[year] = predictedTableRow(predictHolidayYear(festivalDates(year)));
  return years;
}
