/**
 * Chinese working days: Monday to Friday, less statutory holidays, plus the weekend days that are
 * worked in lieu (调休), as published by the State Council and carried by `chinese-days`.
 * Years outside that data are counted as ordinary weeks; `yearsBeyondCalendarData` says which.
 */
import chineseDays from 'chinese-days';
import { fromDayNumber, toDayNumber, weekdayOf } from './iso-date.js';

/** Official overrides of the plain week: day number → working or not, for every year loaded. */
const overrides = new Map<number, boolean>();
/** Years loaded from the data, and whether the data covers them. */
const loadedYears = new Map<number, boolean>();
/** Day-number span of the years loaded so far, so that the hot loop rarely asks for a year. */
let loadedFrom = Infinity;
let loadedTo = -Infinity;

function loadYear(year: number): boolean {
  const known = loadedYears.get(year);
  if (known !== undefined) return known;
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  let count = 0;
  // Weekday holidays and weekend working days are the only days that differ from a plain week.
  for (const date of chineseDays.getHolidaysInRange(start, end, false)) {
    overrides.set(toDayNumber(date), false);
    count++;
  }
  for (const date of chineseDays.getWorkdaysInRange(start, end, true)) {
    const day = toDayNumber(date);
    const weekday = weekdayOf(day);
    if (weekday === 0 || weekday === 6) {
      overrides.set(day, true);
      count++;
    }
  }
  const covered = count > 0;
  loadedYears.set(year, covered);
  return covered;
}

function ensureLoaded(day: number): void {
  if (day >= loadedFrom && day <= loadedTo) return;
  const year = Number(fromDayNumber(day).slice(0, 4));
  loadYear(year);
  const first = toDayNumber(`${year}-01-01`);
  const last = toDayNumber(`${year}-12-31`);
  const adjacent = last + 1 === loadedFrom || first - 1 === loadedTo;
  loadedFrom = adjacent ? Math.min(loadedFrom, first) : first;
  loadedTo = adjacent ? Math.max(loadedTo, last) : last;
}

function isWorkingDayNumber(day: number): boolean {
  ensureLoaded(day);
  const override = overrides.get(day);
  if (override !== undefined) return override;
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6;
}

/**
 * Whether a date is a working day in mainland China.
 * @example isWorkingDay('2025-10-01') // false, National Day
 * @example isWorkingDay('2025-09-28') // true, a Sunday worked in lieu
 */
export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(toDayNumber(date));
}

/**
 * The date `days` working days after `date` (before it when negative); `date` itself never counts.
 * A deadline of "15 working days from receipt" is `addWorkingDays(receipt, 15)`.
 * @example addWorkingDays('2025-09-30', 1) // '2025-10-09'
 */
export function addWorkingDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`addWorkingDays: days must be a whole number, got ${days}`);
  return fromDayNumber(addWorkingDayNumbers(toDayNumber(date), days));
}

/** addWorkingDays over day numbers, for chains of deadlines that convert to text only once each. */
export function addWorkingDayNumbers(start: number, days: number): number {
  let day = start;
  const step = days < 0 ? -1 : 1;
  for (let left = Math.abs(days); left > 0; ) {
    day += step;
    if (isWorkingDayNumber(day)) left--;
  }
  return day;
}

/**
 * Working days after `from` up to and including `to` (negative when `to` is earlier).
 * @example workingDaysBetween('2025-09-30', '2025-10-09') // 1
 */
export function workingDaysBetween(from: string, to: string): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let day = lo + 1; day <= hi; day++) if (isWorkingDayNumber(day)) count++;
  return sign * count;
}

/** Whether the holiday data covers a year (2004 to the last year the State Council has published). */
export function isYearInCalendarData(year: number): boolean {
  return loadYear(year);
}

/** The years from `from` to `to` (inclusive) whose holidays are not in the data. */
export function yearsBeyondCalendarData(from: string, to: string): number[] {
  const a = Number(from.slice(0, 4));
  const b = Number(to.slice(0, 4));
  const out: number[] = [];
  for (let y = Math.min(a, b); y <= Math.max(a, b); y++) if (!isYearInCalendarData(y)) out.push(y);
  return out;
}
