/** The items of a case, from the decisions of a validation result. */
import type { ItemResult, TransferResult } from '../result.js';
import type { CaseItem, CaseStep } from './case-types.js';

/** Decisions that need the agency to act. */
const NEEDS_AGENCY = new Set(['transfer', 'temporary-account', 'needs-review']);

function stepsOf(item: ItemResult): CaseStep[] {
  return item.steps.map((s) => ({
    step: s.step,
    name: s.name,
    nameEn: s.nameEn,
    actor: s.actor,
    ...(s.workingDays === undefined ? {} : { workingDays: s.workingDays }),
    ...(s.endsWith === undefined ? {} : { endsWith: s.endsWith }),
    ruleId: s.ruleId,
    source: { ...s.source },
  }));
}

/** One waiting item per insurance type whose decision needs the agency. */
export function itemsFromValidation(validation: TransferResult): CaseItem[] {
  return validation.items
    .filter((i) => NEEDS_AGENCY.has(i.decision))
    .map((i) => ({ insurance: i.insurance, decision: i.decision, state: 'waiting' as const, steps: stepsOf(i) }));
}

/**
 * The items after the application changed: what is at the agency stays as it is; what has not
 * gone yet (waiting, or rejected and to be sent again) takes the new decision and steps.
 */
export function mergeItems(current: CaseItem[], validation: TransferResult): CaseItem[] {
  const fresh = itemsFromValidation(validation);
  const atAgency = (i: CaseItem) => i.state === 'submitted' || i.state === 'accepted' || i.state === 'completed';
  const merged: CaseItem[] = fresh.map((item) => {
    const old = current.find((c) => c.insurance === item.insurance);
    if (!old) return item;
    if (atAgency(old)) return old;
    // A rejected item keeps its record (when it was sent, why it came back) until it is sent again.
    const kept: CaseItem = { ...item, state: old.state };
    if (old.submittedAt) kept.submittedAt = old.submittedAt;
    if (old.acceptedAt) kept.acceptedAt = old.acceptedAt;
    if (old.rejection) kept.rejection = old.rejection;
    return kept;
  });
  for (const old of current) {
    if (atAgency(old) && !merged.some((m) => m.insurance === old.insurance)) merged.push(old);
  }
  return merged;
}
