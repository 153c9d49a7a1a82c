/**
 * What validating an application on one route, in one period of the rule set, needs that does
 * not depend on the applicant: the policy parts in force and, per insurance type, the outcomes
 * worked out so far; and per combination of outcomes, what the materials must meet. Plans are kept per rule set in a bounded LRU cache and shared by every call, so a tenant's
 * applications on the same routes pay for selection once.
 */
import type { InsuranceType } from '../application/insurance-types.js';
import { LruCache } from '../cache/lru-cache.js';
import type { IssueList, Locale } from '../issues.js';
import { materialNeeds, type MaterialNeeds } from '../material/material-needs.js';
import type { PolicySet } from '../policy/compile-policies.js';
import { periodKey, routeSelector, type RouteEnd, type SelectedParts } from '../policy/select-parts.js';
import type { ItemResult } from '../result.js';
import type { Facts } from './facts.js';
import { ItemPlan, type Outcome } from './item-plan.js';

/** Plans kept per rule set: the routes × periods × locales a host sees most. */
export const PLAN_CACHE_SIZE = 2000;
/** Combinations of outcomes whose material needs are remembered per plan. */
const MAX_NEEDS = 64;

export interface PlanRequest {
  set: PolicySet;
  from: RouteEnd | undefined;
  to: RouteEnd | undefined;
  referenceDate: string | undefined;
  locale: Locale;
  /** A cache of the caller's own (validateBatch's), or false for no caching at all (the reference path). */
  cache?: LruCache<string, TransferPlan> | false;
}

export class TransferPlan {
  private readonly itemPlans = new Map<InsuranceType, ItemPlan>();
  private readonly needs = new Map<string, MaterialNeeds>();

  constructor(
    private readonly partsFor: (insurance: InsuranceType) => SelectedParts,
    private readonly set: PolicySet,
    private readonly locale: Locale,
    private readonly remember: boolean,
  ) {}

  private itemPlan(insurance: InsuranceType): ItemPlan {
    let plan = this.itemPlans.get(insurance);
    if (!plan) this.itemPlans.set(insurance, (plan = new ItemPlan(insurance, this.partsFor(insurance), this.set, this.locale, this.remember)));
    return plan;
  }

  /** Decides every chosen type; `factsOf` gives the facts of one type. */
  evaluate(
    chosen: readonly { type: InsuranceType; index: number }[],
    factsOf: (insurance: InsuranceType) => Facts,
    provided: ReadonlySet<string>,
    referenceDay: number | undefined,
    issues: IssueList,
  ): { items: ItemResult[]; needs: MaterialNeeds } {
    const count = chosen.length;
    const outcomes = new Array<Outcome>(count);
    const results = new Array<ItemResult>(count);
    let key = '';
    for (let i = 0; i < count; i++) {
      const { type, index } = chosen[i]!;
      const plan = this.itemPlan(type);
      const facts = factsOf(type);
      const outcome = plan.outcomeFor(facts, provided);
      outcomes[i] = outcome;
      results[i] = plan.resultOf(outcome, index, facts, referenceDay, issues);
      key += `${outcome.id},`;
    }
    let needs = this.remember ? this.needs.get(key) : undefined;
    if (!needs) {
      needs = materialNeeds(outcomes, this.set.materials, this.locale);
      if (this.remember && this.needs.size < MAX_NEEDS) this.needs.set(key, needs);
    }
    return { items: results, needs };
  }
}

function workOutPlan(request: PlanRequest, remember: boolean): TransferPlan {
  const { set, from, to, referenceDate, locale } = request;
  return new TransferPlan(routeSelector(set, from, to, referenceDate), set, locale, remember);
}

const caches = new WeakMap<PolicySet, LruCache<string, TransferPlan>>();

function sharedCache(set: PolicySet): LruCache<string, TransferPlan> {
  let cache = caches.get(set);
  if (!cache) caches.set(set, (cache = new LruCache(PLAN_CACHE_SIZE)));
  return cache;
}

/** The plan of a route in the period of the rule set that the reference date falls in. */
export function transferPlan(request: PlanRequest): TransferPlan {
  if (request.cache === false) return workOutPlan(request, false);
  const { set, from, to, referenceDate, locale } = request;
  const cache = request.cache ?? sharedCache(set);
  const key = `${from?.code}|${from?.cityCode}|${to?.code}|${to?.cityCode}|${periodKey(set, referenceDate)}|${locale}`;
  let plan = cache.get(key);
  if (!plan) cache.set(key, (plan = workOutPlan(request, true)));
  return plan;
}
