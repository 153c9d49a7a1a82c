/**
 * Calendar dates as plain YYYY-MM-DD strings and whole day numbers (days since 1970-01-01), so
 * that date arithmetic never depends on the host's time zone.
 */
import { differenceInCalendarMonths, differenceInYears, parseISO } from 'date-fns';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Whether YYYY, MM, DD name a day that exists in the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether the string is a YYYY-MM-DD date that exists. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export class InvalidDateError extends RangeError {
  readonly code = 'invalid-date';
  constructor(readonly value: unknown) {
    super(`Not a YYYY-MM-DD date: ${JSON.stringify(value)}`);
    this.name = 'InvalidDateError';
  }
}

/** Days since 1970-01-01 for a YYYY-MM-DD date; throws InvalidDateError for anything else. */
export function toDayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) throw new InvalidDateError(date);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** The YYYY-MM-DD date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Whole years from `birth` to `on` (the age on that date; a birthday counts on the day itself). */
export function ageOn(birth: string, on: string): number {
  return differenceInYears(parseISO(on), parseISO(birth));
}

/** Calendar months from the month of `a` (YYYY-MM or YYYY-MM-DD) to the month of `b`. */
export function monthsBetween(a: string, b: string): number {
  return differenceInCalendarMonths(parseISO(b.slice(0, 7)), parseISO(a.slice(0, 7)));
}
