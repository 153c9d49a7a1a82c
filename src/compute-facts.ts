/**
 * computeFacts(): the facts the policies see for an application, per insurance type — for hosts
 * and policy maintainers asking "why did this rule (not) fire?", and for comparing evaluators.
 */
import type { InsuranceType } from './application/insurance-types.js';
import { checkApplication } from './check-application.js';
import { buildItemFacts } from './engine/build-facts.js';
import type { Facts } from './engine/facts.js';
import type { Issue } from './issues.js';

export interface FactsResult {
  /** One entry per valid insurance type chosen. */
  items: { insurance: InsuranceType; facts: Facts }[];
  /** The issues found on the way (the same as validateTransfer's, before policies and materials). */
  issues: Issue[];
}

/**
 * @example computeFacts(application, { today: '2026-11-20' }).items[0].facts.returnsToHukouProvince // false
 */
export function computeFacts(application: unknown, options: { today?: string } = {}): FactsResult {
  const { app, issues, referenceDate, chosen, facts } = checkApplication(application, options);
  return {
    items: chosen.map(({ type }) => ({ insurance: type, facts: buildItemFacts(facts, app, type, referenceDate) })),
    issues: issues.items,
  };
}
