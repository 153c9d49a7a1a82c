/**
 * validateTransfer(): checks an application of any shape and decides, per insurance type, what
 * happens, which documents are needed and when each step is due. Never throws on bad input.
 */
import { InvalidDateError, toDayNumber } from './calendar/iso-date.js';
import { snapshot, type SnapshotProblem } from './input/snapshot.js';
import { checkApplication } from './check-application.js';
import { buildItemFacts, setItemFacts } from './engine/build-facts.js';
import type { Facts } from './engine/facts.js';
import type { InsuranceType } from './application/insurance-types.js';
import { itemsWithoutRoute } from './engine/items-without-route.js';
import { transferPlan, type PlanRequest } from './engine/transfer-plan.js';
import { createIssue, freezeIssue, type Issue, type IssueList, type Locale } from './issues.js';
import { checkMaterials } from './material/check-materials.js';
import { getBundledPolicies } from './policy/bundled-policies.js';
import { assertPolicySet, type PolicySet } from './policy/compile-policies.js';
import { routeCodes, routeEnd } from './region/route-end.js';
import type { TransferResult } from './result.js';

export interface ValidateOptions {
  /** Today's date, YYYY-MM-DD: the application date when the application has none, and the limit for dates in the future. */
  today?: string;
  /** A policy set from loadPolicies() or compilePolicies(); the bundled national rules by default. */
  policies?: PolicySet;
  /** Language of `message`, `suggestion` and rule texts; English is always in the `…En` fields. */
  locale?: Locale;
}

/** 2027, or 2027–2029 for a run of years, or 2027、2029. */
function spanOf(years: number[]): string {
  const contiguous = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  return contiguous && years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years.join('、');
}

type CalendarNote = 'calendar.predicted' | 'calendar.beyond-data';

/** The calendar's notes per note, language and years: the same few for every application of a period, frozen and shared. */
const calendarNotes: Record<CalendarNote, Partial<Record<Locale, Map<number | string, Issue>>>> = { 'calendar.predicted': {}, 'calendar.beyond-data': {} };
const MAX_CALENDAR_NOTES = 256;

function addCalendarNote(code: CalendarNote, years: number[], issues: IssueList): void {
  const notes = (calendarNotes[code][issues.locale] ??= new Map());
  // A single year, as most are, is its own key.
  const key = years.length === 1 ? years[0]! : spanOf(years);
  let note = notes.get(key);
  if (!note) {
    if (notes.size >= MAX_CALENDAR_NOTES) notes.clear();
    note = freezeIssue(createIssue(code, [], { years: spanOf(years) }, issues.locale));
    notes.set(key, note);
  }
  issues.items.push(note);
}

/**
 * Validates a transfer application and decides each insurance type.
 * @example
 * const result = validateTransfer(application, { today: '2026-11-20' });
 * if (!result.ok) for (const issue of result.issues) console.log(issue.path.join('.'), issue.message);
 */
export function validateTransfer(application: unknown, givenOptions: ValidateOptions = {}): TransferResult {
  const options = givenOptions ?? {};
  const set = options.policies ?? getBundledPolicies();
  if (options.policies !== undefined) assertPolicySet(set);
  return validateWith(application, options, set);
}

/** validateTransfer once the options are checked; `store` as in validateInput. */
export function validateWith(application: unknown, options: ValidateOptions, set: PolicySet, store?: PlanRequest['store']): TransferResult {
  try {
    return validateInput(application, options, set, [], store);
  } catch (error) {
    if (error instanceof InvalidDateError) throw error; // a programmer's `today`
    // Input that throws when read (getters, proxies): validate a defensive plain-JSON snapshot instead.
    const { value, problems } = snapshot(application);
    return validateInput(value, options, set, problems, store);
  }
}

/**
 * validateTransfer over input already read: plain JSON (a snapshot) with the problems reading it
 * found. createCase validates the snapshot it stores this way. `store` is where plans are kept:
 * the rule set's shared store by default, a batch's own, or false to work everything out afresh
 * (the reference the cached path is tested against).
 */
export function validateInput(
  application: unknown,
  options: ValidateOptions,
  set: PolicySet,
  snapshotProblems: SnapshotProblem[] = [],
  store?: PlanRequest['store'],
): TransferResult {
  const { app, issues, referenceDate, today, route, chosen, facts } = checkApplication(application, options, snapshotProblems);
  const { locale } = issues;
  const provided = new Set<string>();
  for (const m of app.materials ?? []) if (m && typeof m.kind === 'string') provided.add(m.kind);
  const referenceDay = referenceDate === undefined ? undefined : toDayNumber(referenceDate);
  let itemFacts: Facts | undefined;
  const factsOf = (type: InsuranceType) => (itemFacts ? setItemFacts(itemFacts, app, type, referenceDate) : (itemFacts = buildItemFacts(facts, app, type, referenceDate)));
  const { items, needs } =
    route.from && route.to
      ? transferPlan({ set, from: routeCodes(route.from), to: routeCodes(route.to), referenceDate, locale, store }).evaluate(chosen, factsOf, provided, referenceDay, issues)
      : itemsWithoutRoute(chosen, set, locale, issues);

  let lastDue: string | undefined;
  for (let i = 0; i < items.length; i++) {
    const due = items[i]!.estimatedCompletion;
    if (due !== undefined && (lastDue === undefined || due > lastDue)) lastDue = due;
  }
  if (referenceDate && lastDue) {
    const predicted = set.calendar.yearsPredicted(referenceDate, lastDue);
    if (predicted.length > 0) addCalendarNote('calendar.predicted', predicted, issues);
    const years = set.calendar.yearsBeyondData(referenceDate, lastDue);
    if (years.length > 0) addCalendarNote('calendar.beyond-data', years, issues);
  }

  checkMaterials(app.materials, {
    catalogue: set.materials,
    needs,
    from: route.from,
    to: route.to,
    today,
    issues,
  });

  const result: TransferResult = {
    ok: !issues.items.some((i) => i.severity === 'error'),
    route: { from: routeEnd(route.from), to: routeEnd(route.to) },
    policyVersion: set.version,
    items,
    issues: issues.items,
  };
  if (referenceDate) result.referenceDate = referenceDate;
  return result;
}
