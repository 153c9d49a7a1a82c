/**
 * A predicted holiday year for the years after the last State Council notice. The days off by law
 * (全国年节及纪念日放假办法, as revised 2024-11, in force 2025-01-01) are certain; the arrangement
 * around them (调休) follows the principles published with the revision:
 *
 * - 春节 8 days from 除夕; 国庆 7 days from Oct 1, 8 when 中秋 falls next to it; 劳动节 5 days from May 1;
 *   元旦, 清明, 端午, 中秋 3 days around the weekend — only the day itself when it is a Wednesday;
 * - every weekday off beyond the statutory days is worked back on a weekend day: first the other day
 *   of a weekend the holiday covers half of; then the nearest free weekend days, one before and one
 *   after the holiday in turn, keeping a weekend day that touches the holiday off.
 *
 * The festival dates (lunar, and the 清明 solar term) come in as data: the build takes them from
 * chinese-days, so that no lunar calendar ships. Pure: dates in, days off and make-up days out.
 */
import { fromDayNumber, toDayNumber, weekdayOf } from './iso-date.js';

/** The festivals of a Gregorian year, YYYY-MM-DD. */
export interface FestivalDates {
  year: number;
  /** 除夕: the day before 正月初一 (of the lunar year that begins in this Gregorian year). */
  springFestivalEve: string;
  /** 清明: the day of the solar term. */
  qingming: string;
  /** 端午: lunar 5/5. */
  dragonBoat: string;
  /** 中秋: lunar 8/15. */
  midAutumn: string;
}

/** How many days the law gives, and how long the arrangement runs: the 2025 law, or the one before it for back-testing. */
export interface HolidayLaw {
  /** Statutory days of 春节 and where they start: 除夕 (2025 law) or 初一 (the 2014–2024 law). */
  springStatutory: number;
  springStatutoryFromEve: boolean;
  /** The arranged 春节 holiday, counted from 除夕. */
  springBlock: number;
  labourStatutory: number;
}

export const HOLIDAY_LAW_2025: HolidayLaw = { springStatutory: 4, springStatutoryFromEve: true, springBlock: 8, labourStatutory: 2 };
/** The 2013 revision, in force 2014–2024 (春节 初一 to 初三, 劳动节 1 day), with the 7-day 春节 and 5-day 劳动节 arranged from 2020. */
export const HOLIDAY_LAW_2014: HolidayLaw = { springStatutory: 3, springStatutoryFromEve: false, springBlock: 7, labourStatutory: 1 };

export interface PredictedHoliday {
  name: string;
  nameEn: string;
  /** The days off, first to last. */
  from: string;
  to: string;
  /** Weekend days worked in lieu. */
  workdays: string[];
}

interface Plan {
  name: string;
  nameEn: string;
  first: number;
  last: number;
  statutory: number;
}

const isWeekend = (day: number) => {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
};

/** A 3-day holiday around the weekend nearest its day; the day alone when it is a Wednesday. */
function shortHoliday(name: string, nameEn: string, date: string): Plan {
  const day = toDayNumber(date);
  // weekday 0 = Sunday … 6 = Saturday → the first day off, relative to the festival.
  const start = [-1, -2, -2, 0, 0, 0, 0][weekdayOf(day)]!;
  const length = weekdayOf(day) === 3 ? 1 : 3;
  return { name, nameEn, first: day + start, last: day + start + length - 1, statutory: 1 };
}

function plansOf(f: FestivalDates, law: HolidayLaw): Plan[] {
  const y = f.year;
  const eve = toDayNumber(f.springFestivalEve);
  const oct1 = toDayNumber(`${y}-10-01`);
  const midAutumn = toDayNumber(f.midAutumn);
  const plans: Plan[] = [
    shortHoliday('元旦', "New Year's Day", `${y}-01-01`),
    { name: '春节', nameEn: 'Spring Festival', first: eve, last: eve + law.springBlock - 1, statutory: law.springStatutory },
    shortHoliday('清明节', 'Qingming Festival', f.qingming),
    { name: '劳动节', nameEn: 'Labour Day', first: toDayNumber(`${y}-05-01`), last: toDayNumber(`${y}-05-05`), statutory: law.labourStatutory },
    shortHoliday('端午节', 'Dragon Boat Festival', f.dragonBoat),
  ];
  if (midAutumn >= oct1 - 2 && midAutumn <= oct1 + 7) {
    const first = Math.min(midAutumn, oct1);
    plans.push({ name: '中秋节、国庆节', nameEn: 'Mid-Autumn Festival and National Day', first, last: first + 7, statutory: 4 });
  } else {
    plans.push(shortHoliday('中秋节', 'Mid-Autumn Festival', f.midAutumn));
    plans.push({ name: '国庆节', nameEn: 'National Day', first: oct1, last: oct1 + 6, statutory: 3 });
  }
  return plans;
}

/** The weekend days to work for one holiday, given the days already off or worked by the others. */
function makeUpDays(plan: Plan, taken: (day: number) => boolean): number[] {
  let weekdays = 0;
  for (let d = plan.first; d <= plan.last; d++) if (!isWeekend(d)) weekdays++;
  let needed = weekdays - plan.statutory;
  const chosen: number[] = [];
  const free = (d: number) => isWeekend(d) && !taken(d) && (d < plan.first || d > plan.last);
  // A weekend half inside the holiday gives its other day.
  for (const edge of [plan.first, plan.last]) {
    if (needed <= 0 || !isWeekend(edge)) continue;
    const other = weekdayOf(edge) === 6 ? edge + 1 : edge - 1;
    if (free(other)) {
      chosen.push(other);
      needed--;
    }
  }
  // Then the nearest free weekend day on each side in turn, the nearer side first.
  const nearest = (direction: -1 | 1): number | undefined => {
    for (let d = direction < 0 ? plan.first - 1 : plan.last + 1, n = 0; n < 60; d += direction, n++) {
      if (!free(d) || chosen.includes(d)) continue;
      // A weekend day touching the holiday stays off: the far day of that weekend is worked instead.
      const touches = d === plan.first - 1 || d === plan.last + 1;
      if (touches && free(d + direction) && !chosen.includes(d + direction)) return d + direction;
      if (!touches) return d;
    }
    return undefined;
  };
  let sides: (-1 | 1)[] = [];
  while (needed > 0) {
    if (sides.length === 0) {
      const before = nearest(-1);
      const after = nearest(1);
      const distBefore = before === undefined ? Infinity : plan.first - before;
      const distAfter = after === undefined ? Infinity : after - plan.last;
      sides = distBefore <= distAfter ? [-1, 1] : [1, -1];
    }
    const day = nearest(sides.shift()!);
    if (day === undefined) break;
    chosen.push(day);
    needed--;
  }
  return chosen.sort((a, b) => a - b);
}

/** The predicted holidays of a year: days off and weekend days worked, per holiday. */
export function predictHolidayYear(festivals: FestivalDates, law: HolidayLaw = HOLIDAY_LAW_2025): PredictedHoliday[] {
  const plans = plansOf(festivals, law);
  const off = new Set<number>();
  for (const p of plans) for (let d = p.first; d <= p.last; d++) off.add(d);
  const worked = new Set<number>();
  return plans.map((plan) => {
    const days = makeUpDays(plan, (d) => off.has(d) || worked.has(d));
    for (const d of days) worked.add(d);
    return { name: plan.name, nameEn: plan.nameEn, from: fromDayNumber(plan.first), to: fromDayNumber(plan.last), workdays: days.map(fromDayNumber) };
  });
}

/** The weekdays off and the weekend days worked of a predicted year, as the holiday table lists them (MMDD). */
export function predictedTableRow(holidays: PredictedHoliday[]): [string, string] {
  const off: string[] = [];
  const on: string[] = [];
  const mmdd = (day: number) => fromDayNumber(day).slice(5).replace('-', '');
  for (const h of holidays) {
    for (let d = toDayNumber(h.from); d <= toDayNumber(h.to); d++) if (!isWeekend(d)) off.push(mmdd(d));
    for (const w of h.workdays) on.push(mmdd(toDayNumber(w)));
  }
  return [off.sort().join(' '), on.sort().join(' ')];
}
