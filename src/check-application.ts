/**
 * The checks of an application that come before any policy: parsing, the person, the route,
 * dates, insurance types and employer — and the facts the policies are evaluated on.
 */
import { INSURANCE_NAMES, insuranceNameLists, isInsuranceType, type InsuranceType } from './application/insurance-types.js';
import { parseApplication, type ParsedApplication } from './application/parse-application.js';
import { isIsoDate, InvalidDateError, monthsBetween, toDayNumber } from './calendar/iso-date.js';
import { buildApplicationFacts, type ApplicationFacts } from './engine/build-facts.js';
import { checkApplicant, type Person } from './identity/check-applicant.js';
import { validateCreditCode } from './identity/credit-code.js';
import { LruCache } from './cache/lru-cache.js';
import { createIssue, freezeIssue, IssueList, type Issue, type Locale } from './issues.js';
import { checkRoute, type RouteCheck } from './region/check-route.js';
import type { Region } from './region/catalogue.js';
import { INPUT_LIMITS } from './input/limits.js';
import type { SnapshotProblem } from './input/snapshot.js';
import { snapshotIssueParams } from './input/snapshot-issue.js';

export interface ApplicationCheck {
  app: ParsedApplication;
  issues: IssueList;
  /** The date deadlines count from: the application date, else today. */
  referenceDate: string | undefined;
  /** The limit for dates in the future. */
  today: string | undefined;
  person: Person;
  route: RouteCheck;
  /** The valid insurance types chosen, each with its index in the application. */
  chosen: { type: InsuranceType; index: number }[];
  facts: ApplicationFacts;
}

const plausible = (date: string) => date >= INPUT_LIMITS.earliestDate && date <= INPUT_LIMITS.latestDate;

const RANGE = { from: INPUT_LIMITS.earliestDate, to: INPUT_LIMITS.latestDate };
const DATE_FIELDS = ['applicationDate', 'separationDate'] as const;

/**
 * Dates outside what can be handled (year 9999, year 1000) are reported and set aside, so that no
 * deadline is counted from them: one request never walks thousands of years of calendar.
 */
function setAsideImplausibleDates(app: ParsedApplication, issues: IssueList): void {
  for (const field of DATE_FIELDS) {
    const value = app[field];
    if (value !== undefined && !plausible(value)) {
      issues.add('date.out-of-range', [field], { field, value, ...RANGE });
      delete app[field];
    }
  }
  const contributions = app.contributions;
  if (!contributions) return;
  for (const type of Object.keys(contributions) as (keyof typeof contributions)[]) {
    const c = contributions[type];
    const month = c?.lastPaidMonth;
    if (c && month !== undefined && !plausible(`${month}-01`)) {
      issues.add('date.out-of-range', ['contributions', type, 'lastPaidMonth'], { field: `contributions.${type}.lastPaidMonth`, value: month, ...RANGE });
      delete c.lastPaidMonth;
    }
  }
}

function checkDates(app: ParsedApplication, today: string | undefined, issues: IssueList): void {
  if (app.separationDate && today && toDayNumber(app.separationDate) - toDayNumber(today) > 365) {
    issues.add('date.separation-far-future', ['separationDate'], { separationDate: app.separationDate, today });
  }
  if (app.separationDate && app.applicationDate && app.applicationDate < app.separationDate) {
    issues.add('date.order', ['applicationDate'], { applicationDate: app.applicationDate, separationDate: app.separationDate });
  }
  if (app.applicationDate && today && app.applicationDate > today) {
    issues.add('date.application-in-future', ['applicationDate'], { applicationDate: app.applicationDate, today });
  }
}

function isChosen(chosen: { type: InsuranceType }[], type: InsuranceType): boolean {
  for (let i = 0; i < chosen.length; i++) if (chosen[i]!.type === type) return true;
  return false;
}

function checkInsuranceTypes(app: ParsedApplication, issues: IssueList): { type: InsuranceType; index: number }[] {
  const chosen: { type: InsuranceType; index: number }[] = [];
  const types = app.insuranceTypes;
  if (!types) return chosen;
  for (let index = 0; index < types.length; index++) {
    const type = types[index];
    if (!isInsuranceType(type)) continue;
    if (isChosen(chosen, type)) issues.add('insurance.duplicate', ['insuranceTypes', index], { value: type, name: INSURANCE_NAMES[type].zh, nameEn: INSURANCE_NAMES[type].en });
    else chosen.push({ type, index });
  }
  if (types.length === 0) issues.add('insurance.none', ['insuranceTypes'], { types: Object.keys(INSURANCE_NAMES).join(', '), ...insuranceNameLists() });
  if (app.contributions) {
    for (const key of Object.keys(app.contributions)) {
      if (isInsuranceType(key) && !isChosen(chosen, key)) {
        issues.add('contribution.not-requested', ['contributions', key], { insurance: key, name: INSURANCE_NAMES[key].zh, nameEn: INSURANCE_NAMES[key].en });
      }
    }
  }
  return chosen;
}

/** Credit codes checked lately, per language: a tenant's applications name the same few employers. */
const creditCodes = new LruCache<string, ReturnType<typeof validateCreditCode>>(1000);

/** The employer is the new one, at the destination: its credit code should be registered there. */
function checkEmployer(app: ParsedApplication, destination: Region | undefined, issues: IssueList): void {
  const code = app.employer?.creditCode;
  if (typeof code !== 'string') return;
  const key = `${issues.locale}|${code}`;
  let result = creditCodes.get(key);
  if (!result) {
    result = validateCreditCode(code, { locale: issues.locale });
    result.issues.forEach(freezeIssue); // their params and sources are shared by the results that copy them
    creditCodes.set(key, result);
  }
  issues.addAt(['employer', 'creditCode'], result.issues);
  const registered = result.value?.region;
  if (registered && destination && !destination.outsideMainland && registered.code.slice(0, 2) !== destination.provinceCode) {
    issues.add('credit-code.region-mismatch', ['employer', 'creditCode'], {
      registered: registered.path.join(''),
      destination: destination.path.join(''),
    });
  }
}

const insuranceNames = (type: InsuranceType) => ({ insurance: INSURANCE_NAMES[type].zh, insuranceEn: INSURANCE_NAMES[type].en });

/** Contribution figures that cannot be true: more months than since 16, payments after the application. */
function checkContributions(app: ParsedApplication, person: Person, referenceDate: string | undefined, issues: IssueList): void {
  const contributions = app.contributions;
  if (!contributions) return;
  let maxMonths: number | undefined;
  const applicationMonth = app.applicationDate?.slice(0, 7);
  for (const type of Object.keys(contributions)) {
    const c = contributions[type as InsuranceType];
    if (!c || !isInsuranceType(type)) continue;
    if (c.months !== undefined && person.birthDate && referenceDate) {
      if (maxMonths === undefined) {
        const sixteen = `${Number(person.birthDate.slice(0, 4)) + 16}${person.birthDate.slice(4)}`;
        maxMonths = Math.max(0, monthsBetween(sixteen, referenceDate) + 1);
      }
      if (c.months > maxMonths) issues.add('contribution.months-exceed-working-age', ['contributions', type, 'months'], { ...insuranceNames(type), months: c.months, max: maxMonths });
    }
    if (c.lastPaidMonth && applicationMonth && c.lastPaidMonth > applicationMonth) {
      issues.add('contribution.last-paid-after-application', ['contributions', type, 'lastPaidMonth'], {
        ...insuranceNames(type),
        month: c.lastPaidMonth,
        applicationDate: app.applicationDate!,
      });
    }
  }
}

/** The scheme.assumed-enterprise issue per locale and missing ends: the same few issues, frozen and shared. */
const assumedScheme = new Map<Locale, (Issue | undefined)[]>();

/** Pension decisions depend on the scheme at each end: say so when it was assumed. */
function reportAssumedScheme(app: ParsedApplication, issues: IssueList): void {
  const fromMissing = app.from?.scheme === undefined;
  const toMissing = app.to?.scheme === undefined;
  if (!fromMissing && !toMissing) return;
  let byEnds = assumedScheme.get(issues.locale);
  if (!byEnds) assumedScheme.set(issues.locale, (byEnds = []));
  const ends = (fromMissing ? 2 : 0) + (toMissing ? 1 : 0);
  let issue = byEnds[ends];
  if (!issue) {
    const missing = (['from', 'to'] as const).filter((end) => app[end]?.scheme === undefined);
    const zh = { from: '原参保地', to: '现参保地' };
    const en = { from: 'the origin', to: 'the destination' };
    issue = createIssue(
      'scheme.assumed-enterprise',
      [missing[0]!, 'scheme'],
      { ends: missing.map((end) => zh[end]).join('和'), endsEn: missing.map((end) => en[end]).join(' and ') },
      issues.locale,
    );
    byEnds[ends] = freezeIssue(issue);
  }
  issues.items.push(issue);
}

/** The last `today` that passed: a host passes the same one call after call. */
let todayChecked: string | undefined;

/** A programmer's `today` option: a real date within the plausible range, else InvalidDateError. */
export function checkToday(today: string | undefined): void {
  if (today === undefined || today === todayChecked) return;
  if (!isIsoDate(today)) throw new InvalidDateError(today);
  if (!plausible(today)) throw new InvalidDateError(today, `today is outside ${INPUT_LIMITS.earliestDate} to ${INPUT_LIMITS.latestDate}`);
  todayChecked = today;
}

export function checkApplication(
  application: unknown,
  options: { today?: string; locale?: Locale },
  /** What taking a snapshot of hostile input found, reported first. */
  snapshotProblems: SnapshotProblem[] = [],
): ApplicationCheck {
  const { today } = options;
  checkToday(today);
  const issues = new IssueList(options.locale ?? 'zh-CN');
  for (const p of snapshotProblems) {
    issues.add(p.code, p.path, snapshotIssueParams(p));
  }
  const parsed = parseApplication(application, issues);
  const app = parsed ?? {};
  setAsideImplausibleDates(app, issues);

  const referenceDate = app.applicationDate ?? today;
  if (referenceDate === undefined && parsed) issues.add('date.no-reference', ['applicationDate']);
  const person = checkApplicant(app.applicant, today ?? referenceDate, issues);
  const route = checkRoute(app, person.addressCode, issues);
  checkDates(app, today, issues);
  checkContributions(app, person, referenceDate, issues);
  const chosen = checkInsuranceTypes(app, issues);
  checkEmployer(app, route.to, issues);
  if (isChosen(chosen, 'pension')) {
    // Residence-permit and foreign permanent-residence holders have no hukou: nothing to ask for.
    if (!route.hukouProvince && (person.idKind === undefined || person.idKind === 'resident')) issues.add('hukou.unknown', ['applicant', 'hukouRegion']);
    reportAssumedScheme(app, issues);
  }

  const facts = buildApplicationFacts(app, person, route, chosen.map((c) => c.type), referenceDate);
  return { app, issues, referenceDate, today: today ?? referenceDate, person, route, chosen, facts };
}
