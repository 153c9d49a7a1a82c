/** transitionMany(): one event applied to many cases (the seed's 批量审核); one refusal never stops the others. */
import type { CaseEvent, Effect, TransferCase, TransitionError } from './case-types.js';
import { transition, type TransitionOptions } from './transition.js';
import { transitionError } from './transition-errors.js';

export interface BatchOutcome {
  /** The position in the input list. */
  index: number;
  id?: string;
  ok: boolean;
  case?: TransferCase;
  effects?: Effect[];
  error?: TransitionError;
}

export interface BatchResult {
  results: BatchOutcome[];
  succeeded: number;
  failed: number;
}

/**
 * @example const { results, failed } = transitionMany(selected, { type: 'approve', actor }, { now });
 */
export function transitionMany(cases: unknown[], event: CaseEvent | unknown, options: Omit<TransitionOptions, 'expectedVersion'>): BatchResult {
  if (!Array.isArray(cases)) {
    const error = transitionError('invalid-case', { detail: 'cases 必须是数组', detailEn: 'cases must be an array' });
    return { results: [{ index: 0, ok: false, error }], succeeded: 0, failed: 1 };
  }
  const results = Array.from({ length: cases.length }, (_, index): BatchOutcome => {
    let c: unknown;
    let id: string | undefined;
    try {
      c = cases[index];
      const declared = (c as { id?: unknown } | null)?.id;
      if (typeof declared === 'string') id = declared;
    } catch {
      // An entry that throws when read is refused below, as an invalid case, like any other bad entry.
    }
    const r = transition(c, event, options);
    const outcome: BatchOutcome = r.ok ? { index, ok: true, case: r.case, effects: r.effects } : { index, ok: false, error: r.error };
    if (id !== undefined) outcome.id = id;
    return outcome;
  });
  const succeeded = results.filter((r) => r.ok).length;
  return { results, succeeded, failed: results.length - succeeded };
}
