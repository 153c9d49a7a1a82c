/**
 * Back-tests the holiday predictor against the published notices (as chinese-days holds them):
 * for each year, how many of its days the prediction gets right (working or not), and which it
 * gets wrong. `npm run backtest:holidays`; the figures are quoted in docs/limits.md.
 */
import chineseDays from 'chinese-days';
import { fromDayNumber, toDayNumber } from '../calendar/iso-date.js';
import { HOLIDAY_LAW_2014, HOLIDAY_LAW_2025, predictHolidayYear, type HolidayLaw } from '../calendar/predict-holidays.js';
import { festivalDates } from './festival-dates.js';

export interface YearBacktest {
  year: number;
  days: number;
  right: number;
  /** Days the prediction gets wrong: the official answer (working or not) of each. */
  wrong: { date: string; officialWorking: boolean }[];
}

export function backtestYear(year: number, law: HolidayLaw): YearBacktest {
  const predicted = predictHolidayYear(festivalDates(year), law);
  const off = new Set<string>();
  const on = new Set<string>();
  for (const h of predicted) {
    for (let d = toDayNumber(h.from); d <= toDayNumber(h.to); d++) off.add(fromDayNumber(d));
    for (const w of h.workdays) on.add(w);
  }
  const wrong: YearBacktest['wrong'] = [];
  const first = toDayNumber(`${year}-01-01`);
  const last = toDayNumber(`${year}-12-31`);
  for (let d = first; d <= last; d++) {
    const date = fromDayNumber(d);
    const weekday = (d + 4) % 7; // 1970-01-01 was a Thursday
    const plain = weekday !== 0 && weekday !== 6;
    const predictedWorking = on.has(date) || (plain && !off.has(date));
    const officialWorking = chineseDays.isWorkday(date);
    if (predictedWorking !== officialWorking) wrong.push({ date, officialWorking });
  }
  return { year, days: last - first + 1, right: last - first + 1 - wrong.length, wrong };
}

/** The years back-tested: under the 2025 law, and under the one before as far as its arrangement matched (2020–2024). */
export const BACKTEST_YEARS: { year: number; law: HolidayLaw }[] = [
  ...[2020, 2021, 2022, 2023, 2024].map((year) => ({ year, law: HOLIDAY_LAW_2014 })),
  ...[2025, 2026].map((year) => ({ year, law: HOLIDAY_LAW_2025 })),
];

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { year, law } of BACKTEST_YEARS) {
    const r = backtestYear(year, law);
    const list = r.wrong.map((w) => `${w.date.slice(5)}${w.officialWorking ? '(班)' : '(休)'}`).join(' ');
    console.log(`${year} (${law === HOLIDAY_LAW_2025 ? '2025 law' : '2014 law'}): ${r.right}/${r.days} days right${list ? ` — wrong: ${list}` : ''}`);
  }
}
