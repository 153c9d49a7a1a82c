/**
 * Where plans are kept, per class of route, period and language. Its size is bounded twice — the
 * plans in a CLOCK cache, and the outcomes all its plans remember by a budget: past the budget the
 * store starts afresh, so no stream of unusual applications can make it grow without end.
 */
import { LruCache } from '../cache/lru-cache.js';
import type { TransferPlan } from './transfer-plan.js';

export interface PlanStoreSize {
  plans: number;
  /** Outcomes remembered over all plans. */
  outcomes: number;
}

export class PlanStore {
  readonly plans: LruCache<string, TransferPlan>;
  private outcomes = 0;

  constructor(readonly size: PlanStoreSize) {
    this.plans = new LruCache(size.plans);
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
    this.outcomes = 0;
  }
}
