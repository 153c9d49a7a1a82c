/**
 * Chinese working days for one set of holiday data: Monday to Friday, less statutory holidays,
 * plus the weekend days worked in lieu (调休). A year comes from the calendar files maintainers add
 * (rules/calendar/YYYY.yaml, which win) or else from the data of `chinese-days`, taken at build time
 * (src/generated/holidays.json); after the last published year comes a predicted year, from the
 * statutory days and the published arrangement principles (src/calendar/predict-holidays.ts), which
 * `yearsPredicted` names; a year in none is counted as ordinary weeks and `yearsBeyondData` says so.
 */
import holidays from '../generated/holidays.json';
import type { CalendarYear } from './calendar-year.js';
import { fromDayNumber, toDayNumber, weekdayOf } from './iso-date.js';

/** Year → [weekdays off, weekend days worked], each a list of MMDD. */
const HOLIDAY_YEARS: Record<string, readonly string[]> = holidays.years;
/** The same for the predicted years after the last published one. */
const PREDICTED_YEARS: Record<string, readonly string[]> = holidays.predicted;

export type CalendarDataSource = 'calendar-file' | 'chinese-days' | 'predicted';

/** The year of YYYY-MM-DD: what comes before the first dash (10000-01-01 is year 10000, not 1000). */
function yearOf(date: string): number {
  const dash = date.indexOf('-', 1);
  let year = 0;
  for (let i = 0; i < dash; i++) {
    const digit = date.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number(date.slice(0, dash));
    year = year * 10 + digit;
  }
  return dash === -1 ? Number(date.slice(0, -1)) : year;
}

/** Running counts are kept for the days a YYYY-MM-DD date can spell: 0001-01-01 to 9999-12-31. */
const FIRST_COUNTED = -719_162;
const LAST_COUNTED = 2_932_896;

export class WorkingCalendar {
  /** Official overrides of the plain week: day number → working or not, for every year loaded. */
  private readonly overrides = new Map<number, boolean>();
  /** Years loaded, and where their data came from (undefined: no data). */
  private readonly loaded = new Map<number, CalendarDataSource | undefined>();
  /** Day-number span of the years loaded so far, so that the hot loop rarely asks for a year. */
  private loadedFrom = Infinity;
  private loadedTo = -Infinity;
  private readonly files: ReadonlyMap<number, CalendarYear>;

  constructor(years: readonly CalendarYear[] = []) {
    this.files = new Map(years.map((y) => [y.year, y]));
  }

  /** The calendar files this calendar holds, by year. */
  get years(): CalendarYear[] {
    return [...this.files.values()].sort((a, b) => a.year - b.year);
  }

  /** Where the holidays of `year` come from, or undefined when no data has them. */
  dataSource(year: number): CalendarDataSource | undefined {
    if (!this.loaded.has(year)) this.loaded.set(year, this.load(year));
    return this.loaded.get(year);
  }

  /** Whether the holidays of `year` are published (a calendar file or chinese-days), not predicted. */
  covers(year: number): boolean {
    const source = this.dataSource(year);
    return source !== undefined && source !== 'predicted';
  }

  private load(year: number): CalendarDataSource | undefined {
    const file = this.files.get(year);
    if (file) {
      for (const date of file.off) this.overrides.set(toDayNumber(date), false);
      for (const date of file.on) this.overrides.set(toDayNumber(date), true);
      return 'calendar-file';
    }
    const published = Object.hasOwn(HOLIDAY_YEARS, year) ? HOLIDAY_YEARS[year] : undefined;
    // An official year anywhere wins; a predicted one only stands in for a year nobody published.
    const predicted = !published && !this.publishedAfter(year) && Object.hasOwn(PREDICTED_YEARS, year) ? PREDICTED_YEARS[year] : undefined;
    const days = published ?? predicted;
    if (!days) return undefined;
    // Weekday holidays and weekend working days are the only days that differ from a plain week.
    const mark = (list: string, working: boolean) => {
      for (const md of list.split(' ')) if (md) this.overrides.set(toDayNumber(`${year}-${md.slice(0, 2)}-${md.slice(2)}`), working);
    };
    mark(days[0]!, false);
    mark(days[1]!, true);
    return published ? 'chinese-days' : 'predicted';
  }

  private ensureLoaded(day: number): void {
    if (day >= this.loadedFrom && day <= this.loadedTo) return;
    const year = Number(fromDayNumber(day).slice(0, 4));
    this.dataSource(year);
    const first = toDayNumber(`${String(year).padStart(4, '0')}-01-01`);
    const last = toDayNumber(`${String(year).padStart(4, '0')}-12-31`);
    const adjacent = last + 1 === this.loadedFrom || first - 1 === this.loadedTo;
    this.loadedFrom = adjacent ? Math.min(this.loadedFrom, first) : first;
    this.loadedTo = adjacent ? Math.max(this.loadedTo, last) : last;
  }

  isWorkingDayNumber(day: number): boolean {
    this.ensureLoaded(day);
    const override = this.overrides.get(day);
    if (override !== undefined) return override;
    const weekday = weekdayOf(day);
    return weekday !== 0 && weekday !== 6;
  }

  /** The day `days` working days after `start` (before it when negative); `start` never counts. */
  addWorkingDayNumbers(start: number, days: number): number {
    // Forward by the running counts: jump ahead by the working days still missing, which never
    // passes the answer (a jump of n days meets at most n working days).
    if (days > 0 && start >= FIRST_COUNTED) {
      let day = start + days;
      for (let missing; day <= LAST_COUNTED && (missing = days - this.workingDaysBetweenNumbers(start, day)) > 0; ) day += missing;
      if (day <= LAST_COUNTED) return day;
    }
    let day = start;
    const step = days < 0 ? -1 : 1;
    for (let left = Math.abs(days); left > 0; ) {
      day += step;
      if (this.isWorkingDayNumber(day)) left--;
    }
    return day;
  }

  /** Working days after `from` up to and including `to` (negative when `to` is earlier). */
  workingDaysBetweenNumbers(from: number, to: number): number {
    if (from > to) return -this.workingDaysBetweenNumbers(to, from);
    if (from === to) return 0;
    // Running counts per year: a span costs a few look-ups, not a walk over its days.
    const a = this.yearOf(from);
    const b = this.yearOf(to);
    const countA = this.yearCounts(a);
    const countB = this.yearCounts(b);
    if (a === b) return countB.through[to - countB.first]! - countA.through[from - countA.first]!;
    let total = countA.through[countA.through.length - 1]! - countA.through[from - countA.first]!;
    for (let y = a + 1; y < b; y++) {
      const full = this.yearCounts(y).through;
      total += full[full.length - 1]!;
    }
    return total + countB.through[to - countB.first]!;
  }

  /** Per year: its first day number and the running count of working days through each of its days. */
  private readonly runningCounts = new Map<number, { first: number; through: Int32Array }>();

  /** The year last asked for, and its span of day numbers: spans mostly fall in one year. */
  private lastYear = { year: NaN, first: Infinity, last: -Infinity };

  private yearOf(day: number): number {
    if (day >= this.lastYear.first && day <= this.lastYear.last) return this.lastYear.year;
    const date = fromDayNumber(day);
    const year = Number(date.slice(0, date.indexOf('-', 1)));
    const { first, through } = this.yearCounts(year);
    this.lastYear = { year, first, last: first + through.length - 1 };
    return year;
  }

  private yearCounts(year: number): { first: number; through: Int32Array } {
    let counts = this.runningCounts.get(year);
    if (!counts) {
      const first = toDayNumber(`${String(year).padStart(4, '0')}-01-01`);
      const last = toDayNumber(`${String(year).padStart(4, '0')}-12-31`);
      const through = new Int32Array(last - first + 1);
      let n = 0;
      for (let d = first; d <= last; d++) {
        if (this.isWorkingDayNumber(d)) n++;
        through[d - first] = n;
      }
      counts = { first, through };
      this.runningCounts.set(year, counts);
    }
    return counts;
  }

  /** Whether a calendar file publishes a year after `year`: a year before a published one is not predicted either. */
  private publishedAfter(year: number): boolean {
    for (const y of this.files.keys()) if (y > year) return true;
    return false;
  }

  /** The years from `from` to `to` (YYYY-MM-DD, inclusive) whose holidays no data has, not even a prediction. */
  yearsBeyondData(from: string, to: string): number[] {
    return this.yearsWhere(from, to, undefined);
  }

  /** The years from `from` to `to` (YYYY-MM-DD, inclusive) whose holidays are predicted, not published. */
  yearsPredicted(from: string, to: string): number[] {
    return this.yearsWhere(from, to, 'predicted');
  }

  private yearsWhere(from: string, to: string, source: CalendarDataSource | undefined): number[] {
    const a = yearOf(from);
    const b = yearOf(to);
    const out: number[] = [];
    for (let y = Math.min(a, b); y <= Math.max(a, b); y++) if (this.dataSource(y) === source) out.push(y);
    return out;
  }
}
