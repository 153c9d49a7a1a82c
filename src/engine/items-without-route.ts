/**
 * The items of an application whose route is not a resolved mainland route (an end that is no
 * region, or Hong Kong, Macao or Taiwan): no policy can be chosen for it, so there is no plan —
 * every type needs review, with no documents, steps or dates until the route is put right.
 */
import { INSURANCE_NAMES, type InsuranceType } from '../application/insurance-types.js';
import type { IssueList, Locale } from '../issues.js';
import { materialNeeds, type MaterialNeeds } from '../material/material-needs.js';
import type { PolicySet } from '../policy/compile-policies.js';
import type { ItemResult } from '../result.js';

export function itemsWithoutRoute(
  chosen: readonly { type: InsuranceType; index: number }[],
  set: PolicySet,
  locale: Locale,
  issues: IssueList,
): { items: ItemResult[]; needs: MaterialNeeds } {
  const items = chosen.map(({ type }): ItemResult => ({
    insurance: type,
    insuranceName: locale === 'en' ? INSURANCE_NAMES[type].en : INSURANCE_NAMES[type].zh,
    decision: 'needs-review',
    reasons: [],
    conditions: [],
    requiredDocuments: [],
    steps: [],
  }));
  if (chosen.length > 0) issues.add('route.no-plan', ['insuranceTypes']);
  return { items, needs: materialNeeds([], set.materials, locale) };
}
