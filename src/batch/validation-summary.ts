/**
 * The figures of many validations: how many applications passed, what was decided per insurance
 * type, which issues came up how often, and on which routes. An accumulator (add one result at a
 * time) so that a stream of a million results never sits in memory; the state it keeps grows
 * with the number of distinct routes and issue codes, not with the applications.
 */
import { INSURANCE_NAMES, type InsuranceType } from '../application/insurance-types.js';
import { issueCodeEntry, type IssueCode, type Severity } from '../issues.js';
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
  /** Entries given that were not results of validateTransfer (not counted anywhere else). */
  invalid: number;
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
  if (typeof end.code !== 'string' || !/^\d{6}$/.test(end.code) || typeof end.province !== 'string') return null;
  if (end.level === 'province') return { code: end.code, name: end.province };
  const name = end.city && end.city !== end.province ? `${end.province}${end.city}` : end.province;
  return { code: `${end.code.slice(0, 4)}00`, name };
}

/** What the summary counts of a result, read defensively: undefined when it is not a result. */
function readResult(result: unknown) {
  if (typeof result !== 'object' || result === null) return undefined;
  const r = result as Partial<Record<keyof TransferResult, unknown>>;
  if (typeof r.ok !== 'boolean' || !Array.isArray(r.items) || !Array.isArray(r.issues)) return undefined;
  const items: [InsuranceType, Decision][] = [];
  for (const item of r.items as unknown[]) {
    const { insurance, decision } = (item ?? {}) as { insurance?: unknown; decision?: unknown };
    if (typeof insurance === 'string' && typeof decision === 'string' && Object.hasOwn(INSURANCE_NAMES, insurance) && Object.hasOwn(DECISION_SET, decision)) {
      items.push([insurance as InsuranceType, decision as Decision]);
    }
  }
  const issues: [IssueCode, Severity][] = [];
  for (const issue of r.issues as unknown[]) {
    const { code, severity } = (issue ?? {}) as { code?: unknown; severity?: unknown };
    // Only catalogued codes: a summary's memory must not grow with whatever strings it is given.
    const entry = typeof code === 'string' ? issueCodeEntry(code) : undefined;
    if (entry) issues.push([code as IssueCode, SEVERITIES.includes(severity as Severity) ? (severity as Severity) : entry.severity]);
  }
  const route = (r.route ?? {}) as { from?: unknown; to?: unknown };
  return { ok: r.ok, items, issues, from: cityOf(route.from as RouteEndResult | null), to: cityOf(route.to as RouteEndResult | null) };
}

const DECISION_SET = Object.fromEntries(DECISIONS.map((d) => [d, true]));
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

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
  let invalid = 0;
  const decisions = zeroDecisions();
  const byInsurance = new Map<InsuranceType, { items: number; decisions: DecisionCounts }>();
  const issues = new Map<string, IssueFigures>();
  const routes = new Map<string, ValidationRouteFigures>();
  const seenInThis = new Set<string>();

  return {
    add(result) {
      // Read first, count after: an entry that is not a result (or throws when read) counts as invalid, and nothing else.
      let read: ReturnType<typeof readResult>;
      try {
        read = readResult(result);
      } catch {
        read = undefined;
      }
      if (!read) {
        invalid++;
        return;
      }
      applications++;
      if (read.ok) ok++;
      for (const [insurance, decision] of read.items) {
        decisions[decision]++;
        let figures = byInsurance.get(insurance);
        if (!figures) byInsurance.set(insurance, (figures = { items: 0, decisions: zeroDecisions() }));
        figures.items++;
        figures.decisions[decision]++;
      }
      seenInThis.clear();
      for (const [code, severity] of read.issues) {
        let figures = issues.get(code);
        if (!figures) issues.set(code, (figures = { code, severity, count: 0, applications: 0 }));
        figures.count++;
        if (!seenInThis.has(code)) {
          seenInThis.add(code);
          figures.applications++;
        }
      }
      const { from, to } = read;
      const key = `${from?.code}>${to?.code}`;
      let route = routes.get(key);
      if (!route) {
        route = { from: from?.code ?? null, fromName: from?.name ?? null, to: to?.code ?? null, toName: to?.name ?? null, applications: 0, ok: 0 };
        routes.set(key, route);
      }
      route.applications++;
      if (read.ok) route.ok++;
    },
    result() {
      const byCount = <T extends { count?: number; applications: number }>(a: T, b: T) => (b.count ?? b.applications) - (a.count ?? a.applications);
      return {
        applications,
        ok,
        withErrors: applications - ok,
        invalid,
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
  if (results === null || typeof (results as Partial<Iterable<unknown>>)?.[Symbol.iterator] !== 'function') {
    throw new TypeError('summarizeValidations: expected an array or an iterable of results');
  }
  const summary = createValidationSummary(options);
  for (const result of results) summary.add(result);
  return summary.result();
}
