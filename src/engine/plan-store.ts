/**
 * Where plans are kept: per class of route and period, the plans; per combination of outcomes,
 * what the materials must meet. Its size is bounded twice — plans and material needs in CLOCK
 * caches, and the outcomes all its plans remember by a budget: past the budget the store starts
 * afresh, so no stream of unusual applications can make it grow without end.
 */
import { LruCache } from '../cache/lru-cache.js';
import type { MaterialNeeds } from '../material/material-needs.js';
import type { TransferPlan } from './transfer-plan.js';

export interface PlanStoreSize {
  plans: number;
  /** Outcomes remembered over all plans. */
  outcomes: number;
  /** Combinations of outcomes whose material needs are remembered (1,000 by default: varied applications rarely repeat one). */
  needs?: number;
}

export class PlanStore {
  readonly plans: LruCache<string, TransferPlan>;
  readonly needs: LruCache<string, MaterialNeeds>;
  private outcomes = 0;

  constructor(readonly size: PlanStoreSize) {
    this.plans = new LruCache(size.plans);
    this.needs = new LruCache(size.needs ?? 1000);
  }

  /** Whether one more outcome may be remembered (and counts it). */
  admitOutcome(): boolean {
    if (this.outcomes >= this.size.outcomes) return false;
    this.outcomes++;
    return true;
  }

  /** Forgets everything once the outcome budget is spent: the next plans start from nothing. */
  renewIfFull(): void {
    if (this.outcomes < this.size.outcomes) return;
    this.plans.clear();
    this.needs.clear();
    this.outcomes = 0;
  }
}
