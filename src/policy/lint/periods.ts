/** Periods of days as day numbers, inclusive at both ends; an open end is Infinity. */
import { fromDayNumber, toDayNumber } from '../../calendar/iso-date.js';

export interface DayRange {
  from: number;
  to: number;
}

export function dayRange(period: { from: string; to?: string | undefined }): DayRange {
  return { from: toDayNumber(period.from), to: period.to === undefined ? Infinity : toDayNumber(period.to) };
}

/** The stretches from `start` on that no range covers; the last may be open (to = Infinity). */
export function uncovered(ranges: DayRange[], start: number): DayRange[] {
  const gaps: DayRange[] = [];
  let cursor = start;
  for (const range of [...ranges].sort((a, b) => a.from - b.from)) {
    if (range.to < cursor) continue;
    if (range.from > cursor) gaps.push({ from: cursor, to: range.from - 1 });
    cursor = Math.max(cursor, range.to + 1);
    if (cursor === Infinity) return gaps;
  }
  gaps.push({ from: cursor, to: Infinity });
  return gaps;
}

export const dateOf = (day: number): string => fromDayNumber(day);
