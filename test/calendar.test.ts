import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addWorkingDays, InvalidDateError, isWorkingDay, isYearInCalendarData, workingDaysBetween, yearsBeyondCalendarData } from '../src/index.js';

describe('Chinese working days', () => {
  // 国务院办公厅 2025 schedule: 10-01..10-08 off; Sunday 09-28 and Saturday 10-11 worked.
  it('follows the 2025 National Day schedule', () => {
    expect(isWorkingDay('2025-09-28')).toBe(true);
    for (let d = 1; d <= 8; d++) expect(isWorkingDay(`2025-10-0${d}`)).toBe(false);
    expect(isWorkingDay('2025-10-09')).toBe(true);
    expect(isWorkingDay('2025-10-11')).toBe(true);
    expect(addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-26', 10)).toBe('2025-10-16');
  });

  // 2026 Spring Festival: 02-15..02-23 off; Saturday 02-14 and Saturday 02-28 worked.
  it('follows the 2026 Spring Festival schedule', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true);
    expect(isWorkingDay('2026-02-16')).toBe(false);
    expect(isWorkingDay('2026-02-23')).toBe(false);
    expect(isWorkingDay('2026-02-24')).toBe(true);
    expect(isWorkingDay('2026-02-28')).toBe(true);
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(workingDaysBetween('2026-02-13', '2026-02-27')).toBe(5);
  });

  it('counts a 15-working-day deadline the way DESIGN.md shows it', () => {
    expect(addWorkingDays('2026-11-20', 15)).toBe('2026-12-11');
  });

  it('counts backwards and between dates consistently', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8000 }), fc.integer({ min: 0, max: 60 }), (offset, n) => {
        const start = new Date(Date.UTC(2004, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const end = addWorkingDays(start, n);
        expect(workingDaysBetween(start, end)).toBe(n);
        if (n > 0) expect(isWorkingDay(end)).toBe(true);
        if (isWorkingDay(start)) expect(addWorkingDays(end, -n)).toBe(start);
      }),
    );
  });

  it('flags years beyond the holiday data instead of passing them off as known', () => {
    expect(isYearInCalendarData(2026)).toBe(true);
    expect(isYearInCalendarData(2027)).toBe(false);
    expect(isYearInCalendarData(2003)).toBe(false);
    // 2027 is predicted, not published: beyond the data are only the years after the prediction.
    expect(yearsBeyondCalendarData('2026-12-01', '2027-02-01')).toEqual([]);
    expect(yearsBeyondCalendarData('2036-12-01', '2037-02-01')).toEqual([2037]);
    expect(yearsBeyondCalendarData('2025-01-01', '2026-12-31')).toEqual([]);
  });

  it('throws a typed error for a date that does not exist', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(InvalidDateError);
    expect(() => addWorkingDays('20261120', 1)).toThrow(InvalidDateError);
    expect(() => addWorkingDays('2026-11-20', 1.5)).toThrow(RangeError);
  });

  it('adds working days as counting them one day at a time would, across years and at the ends of the dates', () => {
    const DAY = 86_400_000;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const byCounting = (date: string, days: number): string => {
      let ms = Date.parse(date);
      for (let left = Math.abs(days); left > 0; ) {
        ms += Math.sign(days) * DAY;
        if (isWorkingDay(iso(ms))) left--;
      }
      return iso(ms);
    };
    const start = Date.UTC(1995, 0, 1);
    const date = fc.integer({ min: 0, max: 45 * 366 }).map((n) => iso(start + n * DAY));
    fc.assert(
      fc.property(date, fc.integer({ min: -400, max: 800 }), (from, days) => {
        expect(addWorkingDays(from, days)).toBe(byCounting(from, days));
      }),
      { numRuns: 400 },
    );
    for (const [from, days] of [['2025-12-31', 1], ['2026-09-30', 1], ['2026-12-31', 250], ['9999-12-20', 3], ['0001-01-01', 5]] as const) {
      expect(addWorkingDays(from, days)).toBe(byCounting(from, days));
    }
  });
});
