/** The predicted holiday years: statutory days always off, back-tested against the published notices. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getBundledPolicies } from '../src/index.js';
import { toDayNumber } from '../src/calendar/iso-date.js';
import { HOLIDAY_LAW_2025, predictHolidayYear } from '../src/calendar/predict-holidays.js';
import { backtestYear, BACKTEST_YEARS } from '../src/build/backtest-holidays.js';
import { festivalDates } from '../src/build/festival-dates.js';
import { holidayTableFromChineseDays, predictedHolidayTable } from '../src/build/holiday-table.js';
import { ROOT } from './support/fixtures.js';

describe('the predicted holiday calendar', () => {
  it('gets every day of 2025 and 2026 right, the two years published under the 2025 law', () => {
    for (const year of [2025, 2026]) {
      const r = backtestYear(year, HOLIDAY_LAW_2025);
      expect(r.wrong, String(year)).toEqual([]);
      expect(r.right).toBe(365);
    }
  });

  it('back-tests the years under the 2014 law within a few days each (docs/limits.md gives the figures)', () => {
    const figures = BACKTEST_YEARS.map(({ year, law }) => [year, backtestYear(year, law).right]);
    expect(figures).toEqual([
      [2020, 364],
      [2021, 365],
      [2022, 359],
      [2023, 355],
      [2024, 362],
      [2025, 365],
      [2026, 365],
    ]);
  });

  it('keeps every statutory day off in every predicted year', () => {
    const calendar = getBundledPolicies().calendar;
    for (let year = 2027; year <= 2036; year++) {
      const f = festivalDates(year);
      const eve = toDayNumber(f.springFestivalEve);
      const statutory = [`${year}-01-01`, `${year}-05-01`, `${year}-05-02`, `${year}-10-01`, `${year}-10-02`, `${year}-10-03`, f.qingming, f.dragonBoat, f.midAutumn].map(toDayNumber);
      for (const day of [...statutory, eve, eve + 1, eve + 2, eve + 3]) expect(calendar.isWorkingDayNumber(day), `${year}: ${day}`).toBe(false);
      expect(calendar.dataSource(year)).toBe('predicted');
    }
    expect(calendar.dataSource(2037)).toBeUndefined();
  });

  it('works back every extra weekday off on a weekend day, never on a holiday', () => {
    for (let year = 2027; year <= 2036; year++) {
      for (const h of predictHolidayYear(festivalDates(year))) {
        for (const w of h.workdays) {
          const weekday = (toDayNumber(w) + 4) % 7;
          expect([0, 6], `${year} ${h.name} ${w}`).toContain(weekday);
          expect(w < h.from || w > h.to).toBe(true);
        }
      }
    }
  });

  it('ships the prediction the build makes from chinese-days (npm run generate:holidays)', () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, 'src/generated/holidays.json'), 'utf8'));
    expect(shipped.predicted).toEqual(predictedHolidayTable(holidayTableFromChineseDays()));
    expect(Object.keys(shipped.predicted)).toEqual(['2027', '2028', '2029', '2030', '2031', '2032', '2033', '2034', '2035', '2036']);
  });

  it('predicts 2027 from its lunar dates, not a copy of 2026', () => {
    const spring = predictHolidayYear(festivalDates(2027)).find((h) => h.name === '春节')!;
    expect([spring.from, spring.to]).toEqual(['2027-02-05', '2027-02-12']);
  });
});
