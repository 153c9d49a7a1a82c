/**
 * A year of statutory holidays as maintainers add it (rules/calendar/YYYY.yaml), the day the
 * State Council publishes its notice (国务院办公厅关于 YYYY 年部分节假日安排的通知).
 */
import { _default, array, gte, int, iso, lte, minLength, optional, strictObject, string, url } from 'zod/mini';
import '../application/zod-setup.js';
import type { z } from 'zod/mini';

const date = iso.date();

export const CalendarSourceSchema = strictObject({
  /** The notice's title, e.g. 国务院办公厅关于2026年部分节假日安排的通知. */
  document: string().check(minLength(1)),
  /** The notice's number, e.g. 国办发明电〔2025〕7号, when known. */
  number: optional(string().check(minLength(1))),
  /** The day the notice was published. */
  published: optional(date),
  url: optional(url()),
  note: optional(string()),
});

export const HolidaySchema = strictObject({
  /** 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节… */
  name: string().check(minLength(1)),
  nameEn: optional(string().check(minLength(1))),
  /** The days off, first to last (weekend days inside the range included). */
  off: strictObject({ from: date, to: date }),
  /** Weekend days worked in lieu (调休上班). */
  workdays: _default(array(date), []),
});

export const CalendarFileSchema = strictObject({
  year: int().check(gte(1949), lte(2999)),
  /** Required: a calendar year without its notice is not loaded. */
  source: optional(CalendarSourceSchema),
  holidays: array(HolidaySchema).check(minLength(1)),
});

export type CalendarFile = z.output<typeof CalendarFileSchema>;
export type CalendarSource = z.output<typeof CalendarSourceSchema>;

/** A calendar year ready for the working-day arithmetic: every day off and every make-up working day. */
export interface CalendarYear {
  year: number;
  /** YYYY-MM-DD, ascending. */
  off: string[];
  /** YYYY-MM-DD, ascending. */
  on: string[];
  source: CalendarSource;
  /** The file it came from, relative to its rules folder. */
  file: string;
}
