/** The calendar of the bundled data: chinese-days plus the files under rules/calendar/, parsed at build time. */
import bundled from '../generated/bundled-rules.json';
import type { CalendarYear } from './calendar-year.js';
import { WorkingCalendar } from './working-calendar.js';

let calendar: WorkingCalendar | undefined;

/** The calendar files shipped with the package. */
export function bundledCalendarYears(): CalendarYear[] {
  return ((bundled as { calendar?: CalendarYear[] }).calendar ?? []).slice();
}

export function bundledCalendar(): WorkingCalendar {
  calendar ??= new WorkingCalendar(bundledCalendarYears());
  return calendar;
}
