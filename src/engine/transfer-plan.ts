/**
 * What validating an application on one class of route (the policy scopes its ends fall in), in
 * one period of the rule set and one language, needs that does not depend on the applicant: the
 * policy parts in force and, per insurance type, the outcomes worked out so far. Plans are kept
 * per rule set in a bounded PlanStore shared by every call, so a tenant's applications pay for
 * selection once per kind of route.
 */
import type { InsuranceType } from '../application/insurance-types.js';
import type { IssueList, Locale } from '../issues.js';
import { materialNeeds, type MaterialNeeds } from '../material/material-needs.js';
import type { PolicySet } from '../policy/compile-policies.js';
import { periodKey, routeKey, routeSelector, type RouteEnd, type SelectedParts } from '../policy/select-parts.js';
import type { ItemResult } from '../result.js';
import type { Facts } from './facts.js';
import { ItemPlan, type Outcome } from './item-plan.js';
import { PlanStore, type PlanStoreSize } from './plan-store.js';

/** The shared store of a rule set: plans for the classes of route × periods × locales a host sees most. */
export const SHARED_STORE_SIZE: PlanStoreSize = { plans: 1000, outcomes: 10_000 };

export interface PlanRequest {
  set: PolicySet;
  from: RouteEnd | undefined;
  to: RouteEnd | undefined;
  referenceDate: string | undefined;
  locale: Locale;
  /** A store of the caller's own (validateBatch's), or false for no caching at all (the reference path). */
  store?: PlanStore | false;
}

export class TransferPlan {
  private readonly itemPlans = new Map<InsuranceType, ItemPlan>();
  /** The material needs of the last combination of outcomes: runs of like applications share them. */
  private last: { outcomes: Outcome[]; needs: MaterialNeeds } | undefined;

  constructor(
    private readonly partsFor: (insurance: InsuranceType) => SelectedParts,
    private readonly set: PolicySet,
    private readonly locale: Locale,
    private readonly store: PlanStore | undefined,
  ) {}

  private itemPlan(insurance: InsuranceType): ItemPlan {
    let plan = this.itemPlans.get(insurance);
    if (!plan) this.itemPlans.set(insurance, (plan = new ItemPlan(insurance, this.partsFor(insurance), this.set, this.locale, this.store)));
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
    for (let i = 0; i < count; i++) {
      const { type, index } = chosen[i]!;
      const plan = this.itemPlan(type);
      const facts = factsOf(type);
      const outcome = plan.outcomeFor(facts, provided);
      outcomes[i] = outcome;
      results[i] = plan.resultOf(outcome, index, facts, referenceDay, issues);
    }
    const last = this.last;
    if (last && last.outcomes.length === count && last.outcomes.every((o, i) => o === outcomes[i])) return { items: results, needs: last.needs };
    const needs = materialNeeds(outcomes, this.set.materials, this.locale);
    if (this.store) this.last = { outcomes, needs };
    return { items: results, needs };
  }
}

const stores = new WeakMap<PolicySet, PlanStore>();

function sharedStore(set: PolicySet): PlanStore {
  let store = stores.get(set);
  if (!store) stores.set(set, (store = new PlanStore(SHARED_STORE_SIZE)));
  return store;
}

/** The plan of a class of route in the period of the rule set that the reference date falls in. */
export function transferPlan(request: PlanRequest): TransferPlan {
  const { set, from, to, referenceDate, locale } = request;
  if (request.store === false) return new TransferPlan(routeSelector(set, from, to, referenceDate), set, locale, undefined);
  const store = request.store ?? sharedStore(set);
  store.renewIfFull();
  const key = `${routeKey(set, from, to)}|${periodKey(set, referenceDate)}|${locale}`;
  let plan = store.plans.get(key);
  if (!plan) store.plans.set(key, (plan = new TransferPlan(routeSelector(set, from, to, referenceDate), set, locale, store)));
  return plan;
}
