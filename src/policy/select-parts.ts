/**
 * Picks, for one insurance type, route and date, the policy parts in force: for each part id the
 * one from the most specific policy (route pair > destination > origin > national); at the same
 * rank an overlay's part replaces the base one.
 */
import type { InsuranceType } from '../application/insurance-types.js';
import type { CompiledPart, PolicyMeta, PolicySet } from './compile-policies.js';
import type { DecisionRule, MaterialRequirement, Notice, Step } from './schema.js';
import type { Issuer } from './vocabulary.js';
import { LruCache } from '../cache/lru-cache.js';

/** The codes of one end of a route: the region's own code and its city's. */
export interface RouteEnd {
  code: string;
  cityCode?: string;
}

export interface SelectedParts {
  /** Least specific first. */
  policies: PolicyMeta[];
  /** Where the person applies: the most specific policy's word on it. */
  applyAt?: Issuer;
  /** Highest priority first. */
  decisions: CompiledPart<DecisionRule>[];
  materials: CompiledPart<MaterialRequirement>[];
  /** In procedure order. */
  steps: CompiledPart<Step>[];
  notices: CompiledPart<Notice>[];
}

function scopeMatches(prefix: string, end: RouteEnd | undefined): boolean {
  if (prefix === '*') return true;
  if (!end) return false;
  return end.code.startsWith(prefix) || (end.cityCode !== undefined && end.cityCode.startsWith(prefix));
}

/** In force on `date`; with no date, the parts that have not ended. */
function inForce(period: { from: string; to?: string }, date: string | undefined): boolean {
  if (date === undefined) return period.to === undefined;
  return period.from <= date && (period.to === undefined || date <= period.to);
}

const layerRank = (meta: PolicyMeta) => (meta.layer === 'overlay' ? 1 : 0);

/** Positive when `a` wins over `b`: a finer scope, else at the same rank the overlay's part. */
function compareRank(a: PolicyMeta, b: PolicyMeta): number {
  return a.specificity - b.specificity || layerRank(a) - layerRank(b);
}

function mostSpecific<T extends { id: string }>(parts: CompiledPart<T>[], date: string | undefined): CompiledPart<T>[] {
  const chosen = new Map<string, CompiledPart<T>[]>();
  for (const part of parts) {
    if (!inForce(part.effective, date)) continue;
    const current = chosen.get(part.part.id);
    // Map keeps the first position of an id, so an override stays where the national step was.
    if (!current || compareRank(part.policy, current[0]!.policy) > 0) chosen.set(part.part.id, [part]);
    // The variants of one requirement (one per identity document) come and go together.
    else if (part.heldBy !== undefined && current[0]!.policy === part.policy) current.push(part);
  }
  return [...chosen.values()].flat();
}

type RouteSelection = Partial<Record<InsuranceType, SelectedParts>>;
const caches = new WeakMap<PolicySet, LruCache<string, RouteSelection>>();
const CACHE_LIMIT = 1000;

/** The scope prefixes of a set's policies, at each end of the route. */
interface Scopes {
  from: string[];
  to: string[];
}
const scopes = new WeakMap<PolicySet, Scopes>();

function scopesOf(set: PolicySet): Scopes {
  let found = scopes.get(set);
  if (!found) {
    const distinct = (prefixes: string[]) => [...new Set(prefixes)].filter((p) => p !== '*').sort();
    found = { from: distinct(set.policies.map((p) => p.meta.scope.from)), to: distinct(set.policies.map((p) => p.meta.scope.to)) };
    scopes.set(set, found);
  }
  return found;
}

function matchMask(prefixes: string[], end: RouteEnd | undefined): string {
  if (!end) return '-';
  let mask = '';
  for (let i = 0; i < prefixes.length; i++) mask += scopeMatches(prefixes[i]!, end) ? '1' : '0';
  return mask;
}

/**
 * The class of a route for a rule set: which policy scopes each end falls in. Routes of one class
 * have the same policies in scope (a move from any district of Guiyang to any of Harbin, when no
 * policy names a district), so whatever is selected for one holds for all.
 */
export function routeKey(set: PolicySet, from: RouteEnd | undefined, to: RouteEnd | undefined): string {
  const { from: fromPrefixes, to: toPrefixes } = scopesOf(set);
  return `${matchMask(fromPrefixes, from)}>${matchMask(toPrefixes, to)}`;
}

/** Every date on which some policy or part comes into force, and every last day of one, sorted. */
interface Boundaries {
  starts: string[];
  ends: string[];
}
const boundaries = new WeakMap<PolicySet, Boundaries>();

function boundariesOf(set: PolicySet): Boundaries {
  let found = boundaries.get(set);
  if (!found) {
    const periods = set.policies.flatMap((p) => [p.meta.effective, ...[...p.decisions, ...p.materials, ...p.steps, ...p.notices].map((part) => part.effective)]);
    const sorted = (dates: (string | undefined)[]) => [...new Set(dates.filter((d): d is string => d !== undefined))].sort();
    found = { starts: sorted(periods.map((p) => p.from)), ends: sorted(periods.map((p) => p.to)) };
    boundaries.set(set, found);
  }
  return found;
}

/** How many of the sorted dates satisfy `before(date)`: a binary search. */
function countWhile(sorted: string[], before: (d: string) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(sorted[mid]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The period of the rule set a date falls in: two dates with the same key have the same policies
 * and parts in force, so whatever is selected for one holds for the other.
 */
export function periodKey(set: PolicySet, date: string | undefined): string {
  if (date === undefined) return 'current';
  const { starts, ends } = boundariesOf(set);
  return `${countWhile(starts, (d) => d <= date)}.${countWhile(ends, (d) => d < date)}`;
}

function select(
  set: PolicySet,
  insurance: InsuranceType,
  from: RouteEnd | undefined,
  to: RouteEnd | undefined,
  date: string | undefined,
): SelectedParts {
  const policies = set.policies
    .filter(
      (p) =>
        p.meta.insurance === insurance &&
        inForce(p.meta.effective, date) &&
        scopeMatches(p.meta.scope.from, from) &&
        scopeMatches(p.meta.scope.to, to),
    )
    .sort((a, b) => compareRank(a.meta, b.meta));
  const applyAt = policies.reduce<Issuer | undefined>((found, p) => p.meta.applyAt ?? found, undefined);
  return {
    ...(applyAt ? { applyAt } : {}),
    policies: policies.map((p) => p.meta),
    decisions: mostSpecific(policies.flatMap((p) => p.decisions), date).sort(
      (a, b) => b.part.priority - a.part.priority || compareRank(b.policy, a.policy),
    ),
    materials: mostSpecific(policies.flatMap((p) => p.materials), date),
    steps: mostSpecific(policies.flatMap((p) => p.steps), date),
    notices: mostSpecific(policies.flatMap((p) => p.notices), date),
  };
}

/**
 * The parts in force for one route and date, per insurance type: selection is pure, so it is
 * worked out once per class of route (routeKey), period of the rule set and rule set, and
 * remembered (the 1,000 most recently used).
 */
export function routeSelector(
  set: PolicySet,
  from: RouteEnd | undefined,
  to: RouteEnd | undefined,
  date: string | undefined,
): (insurance: InsuranceType) => SelectedParts {
  let cache = caches.get(set);
  if (!cache) caches.set(set, (cache = new LruCache(CACHE_LIMIT)));
  const key = `${routeKey(set, from, to)}|${periodKey(set, date)}`;
  let selection = cache.get(key);
  if (!selection) cache.set(key, (selection = {}));
  const route = selection;
  return (insurance) => (route[insurance] ??= select(set, insurance, from, to, date));
}

/** The parts in force for one insurance type on a route and date. */
export function selectParts(
  set: PolicySet,
  insurance: InsuranceType,
  from: RouteEnd | undefined,
  to: RouteEnd | undefined,
  date: string | undefined,
): SelectedParts {
  return routeSelector(set, from, to, date)(insurance);
}
