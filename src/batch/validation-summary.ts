/**
 * The figures of many validations: how many applications passed, what was decided per insurance
 * type, which issues came up how often, and on which routes. An accumulator (add one result at a
 * time) so that a stream of a million results never sits in memory; the state it keeps grows
 * with the number of distinct routes and issue codes, not with the applications.
 */
import { INSURANCE_NAMES, type InsuranceType } from '../application/insurance-types.js';
import type { IssueCode, Severity } from '../issues.js';
import { DECISIONS, type Decision } from '../policy/vocabulary.js';
import type { RouteEndResult, TransferResult } from '../result.js';

export type DecisionCounts = Record<Decision, number>;

export interface IssueFigures {
  code: IssueCode;
  severity: Severity;
  /** How often the issue was reported. */
  count: number;
  /** In how many applications. */
  applications: number;
}

export interface ValidationRouteFigures {
  /** The city (or province, when the region is one) at each end: 6-digit codes; null when unresolved. */
  from: string | null;
  fromName: string | null;
  to: string | null;
  toName: string | null;
  applications: number;
  ok: number;
}

export interface ValidationSummary {
  applications: number;
  /** Without any issue of severity error. */
  ok: number;
  withErrors: number;
  /** Items decided, over every insurance type. */
  decisions: DecisionCounts;
  /** Per insurance type that came up, in the order of first appearance. */
  byInsurance: { insurance: InsuranceType; insuranceName: string; items: number; decisions: DecisionCounts }[];
  /** Most frequent first. */
  issues: IssueFigures[];
  /** Most frequent first. */
  routes: ValidationRouteFigures[];
}

const zeroDecisions = (): DecisionCounts => Object.fromEntries(DECISIONS.map((d) => [d, 0])) as DecisionCounts;

const cities = new WeakMap<RouteEndResult, { code: string; name: string } | null>();

/** The city an end belongs to (or the province itself), as the summary groups routes. */
function cityOf(end: RouteEndResult | null | undefined): { code: string; name: string } | null {
  if (!end || typeof end !== 'object') return null;
  // Ends are shared by every result on the route: worked out once each.
  let city = cities.get(end);
  if (city === undefined) cities.set(end, (city = workOutCity(end)));
  return city;
}

function workOutCity(end: RouteEndResult): { code: string; name: string } | null {
  if (typeof end.code !== 'string') return null;
  if (end.level === 'province') return { code: end.code, name: end.province };
  const name = end.city && end.city !== end.province ? `${end.province}${end.city}` : end.province;
  return { code: `${end.code.slice(0, 4)}00`, name };
}

export interface ValidationSummaryBuilder {
  /** Counts one result of validateTransfer. */
  add(result: TransferResult): void;
  /** The figures so far. */
  result(): ValidationSummary;
}

/** An accumulator of validation figures; `summarizeValidations` over a list in one call. */
export function createValidationSummary(options: { locale?: 'zh-CN' | 'en' } = {}): ValidationSummaryBuilder {
  const en = options?.locale === 'en';
  let applications = 0;
  let ok = 0;
  const decisions = zeroDecisions();
  const byInsurance = new Map<InsuranceType, { items: number; decisions: DecisionCounts }>();
  const issues = new Map<string, IssueFigures>();
  const routes = new Map<string, ValidationRouteFigures>();
  const seenInThis = new Set<string>();

  return {
    add(result) {
      if (typeof result !== 'object' || result === null) return; // not a result of validateTransfer
      applications++;
      if (result.ok) ok++;
      for (const item of Array.isArray(result.items) ? result.items : []) {
        if (!item || typeof item.decision !== 'string' || !Object.hasOwn(decisions, item.decision) || !Object.hasOwn(INSURANCE_NAMES, item.insurance)) continue;
        decisions[item.decision]++;
        let figures = byInsurance.get(item.insurance);
        if (!figures) byInsurance.set(item.insurance, (figures = { items: 0, decisions: zeroDecisions() }));
        figures.items++;
        figures.decisions[item.decision]++;
      }
      seenInThis.clear();
      for (const issue of Array.isArray(result.issues) ? result.issues : []) {
        if (!issue || typeof issue.code !== 'string') continue;
        let figures = issues.get(issue.code);
        if (!figures) issues.set(issue.code, (figures = { code: issue.code, severity: issue.severity, count: 0, applications: 0 }));
        figures.count++;
        if (!seenInThis.has(issue.code)) {
          seenInThis.add(issue.code);
          figures.applications++;
        }
      }
      const from = cityOf(result.route?.from);
      const to = cityOf(result.route?.to);
      const key = `${from?.code}>${to?.code}`;
      let route = routes.get(key);
      if (!route) {
        route = { from: from?.code ?? null, fromName: from?.name ?? null, to: to?.code ?? null, toName: to?.name ?? null, applications: 0, ok: 0 };
        routes.set(key, route);
      }
      route.applications++;
      if (result.ok) route.ok++;
    },
    result() {
      const byCount = <T extends { count?: number; applications: number }>(a: T, b: T) => (b.count ?? b.applications) - (a.count ?? a.applications);
      return {
        applications,
        ok,
        withErrors: applications - ok,
        decisions: { ...decisions },
        byInsurance: [...byInsurance].map(([insurance, f]) => ({
          insurance,
          insuranceName: en ? INSURANCE_NAMES[insurance].en : INSURANCE_NAMES[insurance].zh,
          items: f.items,
          decisions: { ...f.decisions },
        })),
        issues: [...issues.values()].map((f) => ({ ...f })).sort(byCount),
        routes: [...routes.values()].map((r) => ({ ...r })).sort(byCount),
      };
    },
  };
}

/** The figures of a list of results. */
export function summarizeValidations(results: Iterable<TransferResult>, options: { locale?: 'zh-CN' | 'en' } = {}): ValidationSummary {
  const summary = createValidationSummary(options);
  for (const result of results) summary.add(result);
  return summary.result();
}
