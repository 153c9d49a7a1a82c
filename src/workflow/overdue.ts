/** overdue(case, now): the steps at the agency that are past their due date. */
import { bundledCalendar } from '../calendar/bundled-calendar.js';
import { InvalidDateError, isIsoDate, toDayNumber } from '../calendar/iso-date.js';
import { readStoredCase } from './read-stored-case.js';
import type { PolicySet } from '../policy/compile-policies.js';
import type { InsuranceType } from '../application/insurance-types.js';
import type { TransferCase } from './case-types.js';
import { chinaDate, normaliseInstant } from './china-time.js';

export interface OverdueStep {
  insurance: InsuranceType;
  step: string;
  name: string;
  nameEn: string;
  due: string;
  /** Working days since the due date. */
  workingDaysLate: number;
}

/**
 * The open steps of items at the agency whose due date has passed (in China's date of `now`).
 * Working days late count in the calendar of `options.policies` (the bundled one by default).
 * @example overdue(c, '2026-12-14T09:00:00+08:00') // [{ insurance: 'pension', step: 'destination-acceptance-letter', … }]
 */
export function overdue(transferCase: TransferCase, now: string, options: { policies?: PolicySet } = {}): OverdueStep[] {
  const calendar = options?.policies?.calendar ?? bundledCalendar();
  const instant = normaliseInstant(now);
  if (!instant) throw new InvalidDateError(now);
  const today = chinaDate(instant);
  // Stored data is read as plain JSON and checked before it is trusted.
  const read = readStoredCase(transferCase);
  if (!read.ok) throw new TypeError(`overdue: not a transfer case (check stored data with upgradeCase first): ${read.error.detailEn ?? ''}`);
  const late: OverdueStep[] = [];
  for (const item of read.case.items) {
    if (item.state !== 'submitted' && item.state !== 'accepted') continue;
    for (const step of item.steps) {
      if (step.completedAt || !isIsoDate(step.due) || step.due >= today) continue;
      late.push({
        insurance: item.insurance,
        step: step.step,
        name: step.name,
        nameEn: step.nameEn,
        due: step.due,
        workingDaysLate: calendar.workingDaysBetweenNumbers(toDayNumber(step.due), toDayNumber(today)),
      });
    }
  }
  return late;
}
