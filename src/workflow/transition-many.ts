/** transitionMany(): one event applied to many cases (the seed's 批量审核); one refusal never stops the others. */
import type { CaseEvent, Effect, TransferCase, TransitionError } from './case-types.js';
import { normaliseInstant } from './china-time.js';
import { isList, readStoredCase } from './read-stored-case.js';
import { applyEvent, invalidTime, readCaseEvent, type TransitionOptions } from './transition.js';
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
  if (!isList(cases)) {
    const error = transitionError('invalid-case', { developer: 'cases 必须是数组', developerEn: 'cases must be an array' });
    return { results: [{ index: 0, ok: false, error }], succeeded: 0, failed: 1 };
  }
  // The event and the time are read once for the whole batch; each case on its own.
  const now = normaliseInstant(options?.now);
  const read = now ? readCaseEvent(event) : invalidTime();
  const { expectedVersion: _none, ...shared } = (options ?? {}) as TransitionOptions;
  let length: number;
  try {
    length = cases.length;
  } catch {
    const error = transitionError('invalid-case', { developer: 'cases 无法读取', developerEn: 'cases cannot be read' });
    return { results: [{ index: 0, ok: false, error }], succeeded: 0, failed: 1 };
  }
  const results: BatchOutcome[] = new Array(length);
  let succeeded = 0;
  for (let index = 0; index < length; index++) {
    let c: unknown;
    let id: string | undefined;
    try {
      c = cases[index];
      const declared = (c as { id?: unknown } | null)?.id;
      if (typeof declared === 'string') id = declared;
    } catch {
      // An entry that throws when read is refused below, as an invalid case, like any other bad entry.
    }
    const stored = readStoredCase(c);
    const r = !stored.ok ? stored : 'code' in read ? { ok: false as const, error: read } : applyEvent(stored.case, read, now!, shared);
    const outcome: BatchOutcome = r.ok ? { index, ok: true, case: r.case, effects: r.effects } : { index, ok: false, error: r.error };
    if (id !== undefined) outcome.id = id;
    if (r.ok) succeeded++;
    results[index] = outcome;
  }
  return { results, succeeded, failed: results.length - succeeded };
}
