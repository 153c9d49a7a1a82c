/**
 * summarizeCases() and createCaseSummary(): the HR department's figures over stored cases —
 * transfers per month, routes, processing time per insurance type, return and rejection reasons,
 * overdue steps. Pure and browser-safe; a summary reads one case at a time, so a stream of a
 * million cases never sits in memory.
 */
import { INSURANCE_NAMES, INSURANCE_TYPES, type InsuranceType } from '../application/insurance-types.js';
import { bundledCalendar } from '../calendar/bundled-calendar.js';
import { fromDayNumber, InvalidDateError, isIsoDate, toDayNumber } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { PolicySet } from '../policy/compile-policies.js';
import type { ReturnReasonCode } from '../workflow/case-types.js';
import { normaliseInstant } from '../workflow/china-time.js';
import { Histogram } from './histogram.js';
import { chinaDay, readCase, type CaseFacts } from './read-case.js';

export interface SummaryOptions {
  /** China dates, inclusive: only what happened in this period counts. */
  from?: string;
  to?: string;
  /** The current instant (ISO 8601 with a zone), for the overdue figures. */
  now?: string;
  /** Working days count in this rule set's calendar (the bundled one by default). */
  policies?: PolicySet;
}

export interface MonthFigures {
  month: string;
  submitted: number;
  completed: number;
  returned: number;
  rejected: number;
  withdrawn: number;
}

export interface RouteFigures {
  from: string;
  fromName: string;
  to: string;
  toName: string;
  cases: number;
}

export interface InsuranceFigures {
  insurance: InsuranceType;
  insuranceName: string;
  items: number;
  completed: number;
  meanWorkingDays: number | null;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
  /** Completed items by working days taken, in buckets of 10 (0–9, 10–19, …). */
  distribution: DayBucket[];
}

export interface DayBucket {
  from: number;
  to: number;
  count: number;
}

export interface ReasonFigures {
  code: ReturnReasonCode;
  source: 'hr' | 'agency';
  count: number;
  share: number;
}

export interface CaseStatistics {
  period: { from: string | null; to: string | null };
  cases: number;
  invalid: number;
  /** Cases submitted at least once (in the period): the ones byRoute and byInsurance count. */
  submittedCases: number;
  byMonth: MonthFigures[];
  byRoute: RouteFigures[];
  byInsurance: InsuranceFigures[];
  processing: {
    completed: number;
    meanWorkingDays: number | null;
    medianWorkingDays: number | null;
    p90WorkingDays: number | null;
    meanCalendarDays: number | null;
    medianCalendarDays: number | null;
    /** Completed cases by working days taken, in buckets of 10 (0–9, 10–19, …). */
    distribution: DayBucket[];
    /**
     * Cases left out of the processing times because their history runs backwards in time (an
     * entry dated before the one before it: stored by an older version, or edited by hand).
     */
    setAside: number;
  };
  reasons: ReasonFigures[];
  /** With `now`: cases with a step past its due date, and those steps; null without `now`. */
  overdue: { cases: number; steps: number; now: string; list: OverdueFigure[]; listed: number } | null;
}

/** One step past its due date, for the list of overdue cases (the latest first). */
export interface OverdueFigure {
  /** The case id, when the stored case has one. */
  id: string | null;
  insurance: string;
  step: string;
  name: string;
  nameEn: string;
  due: string;
  workingDaysLate: number;
}

/** How many overdue steps the list keeps (the most late): a summary's memory must not grow with its input. */
export const OVERDUE_LISTED = 200;

export interface CaseSummary {
  /** Reads one stored case; anything that is not one is counted as invalid. */
  add(value: unknown): void;
  result(): CaseStatistics;
}

/** Width of the processing-time buckets, in working days. */
const BUCKET_DAYS = 10;

const EMPTY_MONTH = { submitted: 0, completed: 0, returned: 0, rejected: 0, withdrawn: 0 };

function checkDate(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new InvalidDateError(value, `${name} must be a YYYY-MM-DD date`);
  return toDayNumber(value);
}

/** A summary to feed one case at a time. */
export function createCaseSummary(givenOptions: SummaryOptions = {}): CaseSummary {
  const options = givenOptions ?? {};
  const fromDay = checkDate(options.from, 'from');
  const toDay = checkDate(options.to, 'to');
  let today: number | undefined;
  if (options.now !== undefined) {
    const instant = normaliseInstant(options.now);
    if (!instant) throw new InvalidDateError(options.now, 'now must be an ISO 8601 instant with a time zone');
    today = chinaDay(instant);
  }
  const calendar: WorkingCalendar = options.policies?.calendar ?? bundledCalendar();
  const inPeriod = (day: number) => (fromDay === undefined || day >= fromDay) && (toDay === undefined || day <= toDay);

  let cases = 0;
  let invalid = 0;
  let submittedCases = 0;
  const months = new Map<string, MonthFigures>();
  const routes = new Map<string, RouteFigures>();
  const insurance = new Map<string, { items: number; completed: number; days: Histogram }>();
  const working = new Histogram();
  const calendarDays = new Histogram();
  const reasons = new Map<string, ReasonFigures>();
  let overdueCases = 0;
  let overdueSteps = 0;
  let setAside = 0;
  const overdueList: OverdueFigure[] = [];

  const monthKeys = new Map<number, string>();
  const month = (day: number): MonthFigures => {
    let key = monthKeys.get(day);
    if (key === undefined) monthKeys.set(day, (key = fromDayNumber(day).slice(0, 7)));
    let figures = months.get(key);
    if (!figures) months.set(key, (figures = { month: key, ...EMPTY_MONTH }));
    return figures;
  };
  const reason = (code: ReturnReasonCode, source: 'hr' | 'agency') => {
    const key = `${source}:${code}`;
    const figures = reasons.get(key) ?? { code, source, count: 0, share: 0 };
    figures.count += 1;
    reasons.set(key, figures);
  };

  const addFacts = (facts: CaseFacts) => {
    cases += 1;
    let firstSubmit: number | undefined;
    let completedOn: number | undefined;
    let submittedInPeriod = false;
    let backwards = false;
    let previousDay = -Infinity;
    for (const e of facts.events) {
      if (e.day < previousDay) backwards = true;
      previousDay = e.day;
      if (e.event === 'submit') {
        if (firstSubmit === undefined) {
          firstSubmit = e.day;
          if (inPeriod(e.day)) month(e.day).submitted += 1;
        }
        if (inPeriod(e.day)) submittedInPeriod = true;
      }
      if (e.to === 'completed' && completedOn === undefined) {
        completedOn = e.day;
        if (inPeriod(e.day)) month(e.day).completed += 1;
      }
      if (!inPeriod(e.day)) continue;
      if (e.event === 'return') {
        month(e.day).returned += 1;
        if (e.reason) reason(e.reason, 'hr');
      } else if (e.event === 'agency-reject') {
        month(e.day).rejected += 1;
        if (e.reason) reason(e.reason, 'agency');
      } else if (e.event === 'withdraw') {
        month(e.day).withdrawn += 1;
      }
    }

    if (submittedInPeriod) {
      submittedCases += 1;
      if (facts.from && facts.to) {
        const key = `${facts.from.code}>${facts.to.code}`;
        const route = routes.get(key) ?? { from: facts.from.code, fromName: facts.from.name, to: facts.to.code, toName: facts.to.name, cases: 0 };
        route.cases += 1;
        routes.set(key, route);
      }
      for (const item of facts.items) {
        const figures = insurance.get(item.insurance) ?? { items: 0, completed: 0, days: new Histogram() };
        figures.items += 1;
        if (item.state === 'completed' && item.completedDay !== undefined && firstSubmit !== undefined && !backwards && item.completedDay >= firstSubmit) {
          figures.completed += 1;
          figures.days.add(calendar.workingDaysBetweenNumbers(firstSubmit, item.completedDay));
        }
        insurance.set(item.insurance, figures);
      }
    }

    // Time runs forward in every case the workflow writes; one that does not would give negative durations.
    if (backwards) setAside += 1;
    else if (completedOn !== undefined && firstSubmit !== undefined && inPeriod(completedOn)) {
      working.add(calendar.workingDaysBetweenNumbers(firstSubmit, completedOn));
      calendarDays.add(completedOn - firstSubmit);
    }

    if (today !== undefined) {
      let late = 0;
      for (const item of facts.items) {
        if (item.state !== 'submitted' && item.state !== 'accepted') continue;
        for (const step of item.openSteps) {
          if (step.day >= today) continue;
          late += 1;
          overdueList.push({
            id: facts.id ?? null,
            insurance: item.insurance,
            step: step.step,
            name: step.name,
            nameEn: step.nameEn,
            due: fromDayNumber(step.day),
            workingDaysLate: calendar.workingDaysBetweenNumbers(step.day, today),
          });
          if (overdueList.length > 2 * OVERDUE_LISTED) keepMostLate(overdueList);
        }
      }
      if (late > 0) {
        overdueCases += 1;
        overdueSteps += late;
      }
    }
  };

  return {
    add(value) {
      const facts = readCase(value, today !== undefined);
      if (facts) addFacts(facts);
      else invalid += 1;
    },
    result() {
      const byMonth = [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
      // Months without events between the first and the last are there too, with zeros: charts need them.
      const filled: MonthFigures[] = [];
      for (const figures of byMonth) {
        const last = filled[filled.length - 1];
        if (last) {
          for (let m = nextMonth(last.month); m < figures.month; m = nextMonth(m)) filled.push({ month: m, ...EMPTY_MONTH });
        }
        filled.push({ ...figures });
      }
      const totalReasons = [...reasons.values()].reduce((n, r) => n + r.count, 0);
      return {
        period: { from: options.from ?? null, to: options.to ?? null },
        cases,
        invalid,
        submittedCases,
        byMonth: filled,
        byRoute: [...routes.values()].sort((a, b) => b.cases - a.cases || (a.from + a.to < b.from + b.to ? -1 : 1)).map((r) => ({ ...r })),
        byInsurance: INSURANCE_TYPES.filter((type) => insurance.has(type)).map((type) => {
          const figures = insurance.get(type)!;
          return {
            insurance: type,
            insuranceName: INSURANCE_NAMES[type].zh,
            items: figures.items,
            completed: figures.completed,
            meanWorkingDays: figures.days.mean(),
            medianWorkingDays: figures.days.median(),
            p90WorkingDays: figures.days.percentile(90),
            distribution: figures.days.buckets(BUCKET_DAYS),
          };
        }),
        processing: {
          completed: working.count,
          meanWorkingDays: working.mean(),
          medianWorkingDays: working.median(),
          p90WorkingDays: working.percentile(90),
          meanCalendarDays: calendarDays.mean(),
          medianCalendarDays: calendarDays.median(),
          distribution: working.buckets(BUCKET_DAYS),
          setAside,
        },
        reasons: [...reasons.values()]
          .sort((a, b) => b.count - a.count || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.code < b.code ? -1 : 1))
          .map((r) => ({ ...r, share: r.count / totalReasons })),
        overdue:
          today === undefined
            ? null
            : { cases: overdueCases, steps: overdueSteps, now: normaliseInstant(options.now)!, list: keepMostLate([...overdueList]).map((o) => ({ ...o })), listed: Math.min(overdueSteps, OVERDUE_LISTED) },
      };
    },
  };
}

/** The most late first (then by due date and id), at most OVERDUE_LISTED of them. */
function keepMostLate(list: OverdueFigure[]): OverdueFigure[] {
  list.sort((a, b) => b.workingDaysLate - a.workingDaysLate || (a.due < b.due ? -1 : a.due > b.due ? 1 : (a.id ?? '') < (b.id ?? '') ? -1 : 1));
  list.length = Math.min(list.length, OVERDUE_LISTED);
  return list;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The figures of many stored cases (any iterable: an array, a generator over a database cursor).
 * @example summarizeCases(cases, { from: '2026-01-01', to: '2026-06-30', now: new Date().toISOString() })
 */
export function summarizeCases(cases: Iterable<unknown>, options: SummaryOptions = {}): CaseStatistics {
  const summary = createCaseSummary(options);
  if (cases === null || typeof (cases as { [Symbol.iterator]?: unknown } | undefined)?.[Symbol.iterator] !== 'function') {
    throw new TypeError('summarizeCases: cases must be an iterable (an array) of stored cases');
  }
  for (const value of cases) summary.add(value);
  return summary.result();
}
