/** The festival dates of a Gregorian year from chinese-days' lunar calendar and solar terms (build time only). */
import chineseDays from 'chinese-days';
import { fromDayNumber, toDayNumber } from '../calendar/iso-date.js';
import type { FestivalDates } from '../calendar/predict-holidays.js';

export function festivalDates(year: number): FestivalDates {
  const lunar = (md: string, lunarYear = year) => chineseDays.getSolarDateFromLunar(`${lunarYear}-${md}`).date;
  const newYear = lunar('01-01');
  const qingming = chineseDays.getSolarTermsInRange(`${year}-04-01`, `${year}-04-10`).find((t) => t.term === 'pure_brightness' && t.index === 1);
  if (!qingming) throw new Error(`no 清明 found in April ${year}`);
  return {
    year,
    springFestivalEve: fromDayNumber(toDayNumber(newYear) - 1),
    qingming: qingming.date,
    dragonBoat: lunar('05-05'),
    midAutumn: lunar('08-15'),
  };
}
