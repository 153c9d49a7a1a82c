/**
 * validateTransfer(): checks an application of any shape and decides, per insurance type, what
 * happens, which documents are needed and when each step is due. Never throws on bad input.
 */
import { INSURANCE_NAMES, isInsuranceType, type InsuranceType } from './application/insurance-types.js';
import { parseApplication, type ParsedApplication } from './application/parse-application.js';
import { isIsoDate, InvalidDateError } from './calendar/iso-date.js';
import { yearsBeyondCalendarData } from './calendar/working-days.js';
import { buildApplicationFacts, buildItemFacts } from './engine/build-facts.js';
import { evaluateItem } from './engine/evaluate-item.js';
import { checkApplicant } from './identity/check-applicant.js';
import { validateCreditCode } from './identity/credit-code.js';
import { IssueList, type Locale } from './issues.js';
import { checkMaterials } from './material/check-materials.js';
import { getBundledPolicies } from './policy/bundled-policies.js';
import type { PolicySet } from './policy/compile-policies.js';
import { selectParts } from './policy/select-parts.js';
import { checkRoute } from './region/check-route.js';
import type { ItemResult, TransferResult } from './result.js';
import { routeEnd } from './region/route-end.js';

export interface ValidateOptions {
  /** Today's date, YYYY-MM-DD: the application date when the application has none, and the limit for dates in the future. */
  today?: string;
  /** A policy set from loadPolicies() or compilePolicies(); the bundled national rules by default. */
  policies?: PolicySet;
  /** Language of `message`, `suggestion` and rule texts; English is always in the `…En` fields. */
  locale?: Locale;
}

function checkDates(app: ParsedApplication, today: string | undefined, issues: IssueList): void {
  if (app.separationDate && app.applicationDate && app.applicationDate < app.separationDate) {
    issues.add('date.order', ['applicationDate'], { applicationDate: app.applicationDate, separationDate: app.separationDate });
  }
  if (app.applicationDate && today && app.applicationDate > today) {
    issues.add('date.application-in-future', ['applicationDate'], { applicationDate: app.applicationDate, today });
  }
}

function checkInsuranceTypes(app: ParsedApplication, issues: IssueList): { type: InsuranceType; index: number }[] {
  const chosen: { type: InsuranceType; index: number }[] = [];
  const types = app.insuranceTypes;
  if (!types) return chosen;
  types.forEach((type, index) => {
    if (!isInsuranceType(type)) return;
    if (chosen.some((c) => c.type === type)) issues.add('insurance.duplicate', ['insuranceTypes', index], { value: type });
    else chosen.push({ type, index });
  });
  if (types.length === 0) issues.add('insurance.none', ['insuranceTypes'], { types: Object.keys(INSURANCE_NAMES).join(', ') });
  for (const key of Object.keys(app.contributions ?? {})) {
    if (isInsuranceType(key) && !chosen.some((c) => c.type === key)) {
      issues.add('contribution.not-requested', ['contributions', key], { insurance: key });
    }
  }
  return chosen;
}

function checkEmployer(app: ParsedApplication, issues: IssueList): void {
  const code = app.employer?.creditCode;
  if (typeof code !== 'string') return;
  const result = validateCreditCode(code);
  for (const problem of result.problems) issues.add(problem.code, ['employer', 'creditCode'], problem.params);
}

/**
 * Validates a transfer application and decides each insurance type.
 * @example
 * const result = validateTransfer(application, { today: '2026-11-20' });
 * if (!result.ok) for (const issue of result.issues) console.log(issue.path.join('.'), issue.message);
 */
export function validateTransfer(application: unknown, options: ValidateOptions = {}): TransferResult {
  const { today, locale = 'zh-CN' } = options;
  if (today !== undefined && !isIsoDate(today)) throw new InvalidDateError(today);
  const set = options.policies ?? getBundledPolicies();
  const issues = new IssueList(locale);
  const parsed = parseApplication(application, issues);
  const app = parsed ?? {};

  const referenceDate = app.applicationDate ?? today;
  if (referenceDate === undefined && parsed) issues.add('date.no-reference', ['applicationDate']);
  const person = checkApplicant(app.applicant, today ?? referenceDate, issues);
  const route = checkRoute(app, person.addressCode, issues);
  checkDates(app, today, issues);
  const chosen = checkInsuranceTypes(app, issues);
  checkEmployer(app, issues);

  if (!route.hukouProvince && chosen.some((c) => c.type === 'pension')) issues.add('hukou.unknown', ['applicant', 'hukouRegion']);

  const baseFacts = buildApplicationFacts(app, person, route, chosen.map((c) => c.type), referenceDate);
  const provided = new Set((app.materials ?? []).flatMap((m) => (m && typeof m.kind === 'string' ? [m.kind] : [])));
  const fromEnd = route.from && { code: route.from.code, ...(route.from.cityCode ? { cityCode: route.from.cityCode } : {}) };
  const toEnd = route.to && { code: route.to.code, ...(route.to.cityCode ? { cityCode: route.to.cityCode } : {}) };
  const items: ItemResult[] = chosen.map(({ type, index }) =>
    evaluateItem(type, selectParts(set, type, fromEnd, toEnd, referenceDate), {
      set,
      facts: buildItemFacts(baseFacts, app, type, referenceDate),
      provided,
      referenceDate,
      locale,
      issues,
      path: ['insuranceTypes', index],
    }),
  );

  const lastDue = items.reduce<string | undefined>((max, item) => {
    const due = item.estimatedCompletion;
    return due !== undefined && (max === undefined || due > max) ? due : max;
  }, undefined);
  if (referenceDate && lastDue) {
    for (const year of yearsBeyondCalendarData(referenceDate, lastDue)) issues.add('calendar.beyond-data', [], { year });
  }

  checkMaterials(app.materials, {
    catalogue: set.materials,
    required: items.flatMap((i) => i.requiredDocuments),
    from: route.from,
    today: today ?? referenceDate,
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
