/**
 * Chinese working days on the bundled holiday data: `chinese-days` and the calendar files shipped
 * under rules/calendar/. A policy set loaded with calendar files of its own carries its own
 * WorkingCalendar (`PolicySet.calendar`); these functions answer for the bundled one.
 */
import { bundledCalendar } from './bundled-calendar.js';
import { fromDayNumber, toDayNumber } from './iso-date.js';

/**
 * Whether a date is a working day in mainland China.
 * @example isWorkingDay('2025-10-01') // false, National Day
 * @example isWorkingDay('2025-09-28') // true, a Sunday worked in lieu
 */
export function isWorkingDay(date: string): boolean {
  return bundledCalendar().isWorkingDayNumber(toDayNumber(date));
}

/**
 * The date `days` working days after `date` (before it when negative); `date` itself never counts.
 * A deadline of "15 working days from receipt" is `addWorkingDays(receipt, 15)`.
 * @example addWorkingDays('2025-09-30', 1) // '2025-10-09'
 */
export function addWorkingDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`addWorkingDays: days must be a whole number, got ${days}`);
  return fromDayNumber(bundledCalendar().addWorkingDayNumbers(toDayNumber(date), days));
}

/**
 * Working days after `from` up to and including `to` (negative when `to` is earlier).
 * @example workingDaysBetween('2025-09-30', '2025-10-09') // 1
 */
export function workingDaysBetween(from: string, to: string): number {
  return bundledCalendar().workingDaysBetweenNumbers(toDayNumber(from), toDayNumber(to));
}

/** Whether the holidays of a year are published (2004 to the last year in chinese-days or a calendar file); predicted years are not. */
export function isYearInCalendarData(year: number): boolean {
  return bundledCalendar().covers(year);
}

/** The years from `from` to `to` (inclusive) whose holidays are not in the data, not even predicted. */
export function yearsBeyondCalendarData(from: string, to: string): number[] {
  return bundledCalendar().yearsBeyondData(from, to);
}
