/**
 * Calendar dates as plain YYYY-MM-DD strings and whole day numbers (days since 1970-01-01), so
 * that date arithmetic never depends on the host's time zone.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether YYYY, MM, DD name a day that exists in the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  if (month !== 2) return day <= DAYS_IN_MONTH[month]!;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (leap ? 29 : 28);
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether the string is a YYYY-MM-DD date that exists. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export class InvalidDateError extends RangeError {
  readonly code = 'invalid-date';
  constructor(
    readonly value: unknown,
    why = 'not a YYYY-MM-DD date',
  ) {
    super(`${why[0]!.toUpperCase()}${why.slice(1)}: ${String(JSON.stringify(value)).slice(0, 100)}`);
    this.name = 'InvalidDateError';
  }
}

/** The number written by the digits from `start` to `end` of `text`; NaN if any is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** Days since 1970-01-01 for a YYYY-MM-DD date; throws InvalidDateError for anything else. */
export function toDayNumber(date: string): number {
  // Read by character codes: this runs several times for every application.
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) throw new InvalidDateError(date);
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 7);
  const day = digitsAt(date, 8, 10);
  if (!isRealDate(year, month, day)) throw new InvalidDateError(date);
  return daysFromCivil(year, month, day);
}

/** The YYYY-MM-DD date of a day number. */
export function fromDayNumber(dayNumber: number): string {
  // Howard Hinnant's civil_from_days: whole-number arithmetic, no Date object.
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Whole years from `birth` to `on` (the age on that date; a birthday counts on the day itself). */
export function ageOn(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** Calendar months from the month of `a` (YYYY-MM or YYYY-MM-DD) to the month of `b`. */
export function monthsBetween(a: string, b: string): number {
  return (digitsAt(b, 0, 4) - digitsAt(a, 0, 4)) * 12 + (digitsAt(b, 5, 7) - digitsAt(a, 5, 7));
}
