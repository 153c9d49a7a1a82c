/**
 * Due dates of an item's steps in Chinese working days: each step is due its working days after
 * the step before it ends — the day the item was sent for the first step, the day a step was
 * completed for the ones after it.
 */
import { bundledCalendar } from '../calendar/bundled-calendar.js';
import { fromDayNumber, toDayNumber } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { CaseItem, CaseStep } from './case-types.js';

/** The steps with every open step rescheduled from `start`, in order, in the calendar's working days. */
export function reschedule(steps: CaseStep[], start: string, calendar: WorkingCalendar = bundledCalendar()): CaseStep[] {
  // Undefined once an open step has no time limit: the steps after it cannot be dated until it is done.
  let previousEnd: string | undefined = start;
  return steps.map((step) => {
    if (step.completedAt !== undefined) {
      previousEnd = step.completedAt;
      return { ...step };
    }
    if (previousEnd === undefined || step.workingDays === undefined) {
      previousEnd = undefined;
      const { due: _stale, ...undated } = step;
      return undated;
    }
    const due: string = fromDayNumber(calendar.addWorkingDayNumbers(toDayNumber(previousEnd), step.workingDays));
    previousEnd = due;
    return { ...step, due };
  });
}

/** The last open step's due date, or the day the last step was completed. */
export function estimatedCompletion(steps: CaseStep[]): string | undefined {
  const last = steps[steps.length - 1];
  return last?.completedAt ?? last?.due;
}

/** The item with its steps rescheduled from `start` and its estimated completion brought up to date. */
export function withSchedule(item: CaseItem, start: string, calendar?: WorkingCalendar): CaseItem {
  const steps = reschedule(item.steps, start, calendar);
  const next: CaseItem = { ...item, steps };
  const end = estimatedCompletion(steps);
  if (end !== undefined) next.estimatedCompletion = end;
  else delete next.estimatedCompletion;
  return next;
}
