/** The state of a case, derived from its stage and, once sent, from its items. */
import type { CaseItem, CaseState, TransferCase } from './case-types.js';

export function stateOf(stage: TransferCase['stage'], items: CaseItem[]): CaseState {
  if (stage !== 'sent') return stage;
  // Nothing needed the agency (every type not-required), or everything it had is done.
  if (items.every((i) => i.state === 'completed')) return 'completed';
  if (items.some((i) => i.state === 'rejected')) return 'returned';
  if (items.some((i) => i.state === 'accepted' || i.state === 'completed')) return 'in-transfer';
  return 'submitted';
}

/**
 * The state of a case: draft, pending-review, approved, returned, submitted, in-transfer,
 * completed or withdrawn.
 * @example caseState(createCase(application, { now })) // 'draft'
 */
export function caseState(transferCase: TransferCase): CaseState {
  let stage: unknown;
  let items: unknown;
  try {
    ({ stage, items } = transferCase);
  } catch {
    stage = undefined;
  }
  const itemsOk = Array.isArray(items) && items.every((i) => typeof (i as CaseItem | null)?.state === 'string');
  if (typeof stage !== 'string' || !STAGES.includes(stage as TransferCase['stage']) || !itemsOk) {
    throw new TypeError('caseState: not a transfer case (check stored data with upgradeCase first)');
  }
  return stateOf(stage as TransferCase['stage'], items as CaseItem[]);
}

const STAGES: readonly TransferCase['stage'][] = ['draft', 'pending-review', 'approved', 'returned', 'sent', 'withdrawn'];

/** Whether no event can move the case any more. */
export function isTerminal(state: CaseState): boolean {
  return state === 'completed' || state === 'withdrawn';
}
