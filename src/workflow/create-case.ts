/** createCase(): a new case in draft, validated, with one item per insurance type that needs the agency. */
import { InvalidDateError } from '../calendar/iso-date.js';
import { hashJson } from '../policy/hash-json.js';
import { assertPolicySet, type PolicySet } from '../policy/compile-policies.js';
import { getBundledPolicies } from '../policy/bundled-policies.js';
import { snapshot } from '../input/snapshot.js';
import { validateInput } from '../validate-transfer.js';
import { itemsFromValidation } from './case-items.js';
import { CASE_SCHEMA_VERSION, type Actor, type TransferCase } from './case-types.js';
import { chinaDate, normaliseInstant } from './china-time.js';

export interface CaseOptions {
  /** The current instant, ISO 8601 with a time zone: the library never reads the clock. */
  now: string;
  policies?: PolicySet;
}

/**
 * Creates a case from an application of any shape; its validation says what is still wrong.
 * The id is `application.id`, else `options.id`, else derived from the application and time.
 * @example const c = createCase(application, { now: '2026-11-20T09:30:00+08:00' });
 */
export function createCase(application: unknown, options: CaseOptions & { id?: string; actor?: Actor }): TransferCase {
  const now = normaliseInstant(options?.now);
  if (!now) throw new InvalidDateError(options?.now);
  // What is stored is a plain-JSON snapshot, and what is validated is exactly what is stored.
  const { value, problems } = snapshot(application);
  // What JSON cannot hold at all (a BigInt, a function) is stored as null, never left out.
  const plain = value === undefined ? null : value;
  const set = options.policies ?? getBundledPolicies();
  if (options.policies !== undefined) assertPolicySet(set);
  const validation = validateInput(plain, { today: chinaDate(now) }, set, problems);
  const declaredId = (plain as { id?: unknown } | null)?.id;
  const id = typeof declaredId === 'string' && declaredId.length > 0 ? declaredId : options.id ?? `case-${hashJson({ application: plain, now })}`;
  const entry: TransferCase['history'][number] = { seq: 1, event: 'create', at: now, from: null, to: 'draft', applicationVersion: 1 };
  if (options.actor) entry.actor = options.actor;
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id,
    version: 1,
    createdAt: now,
    updatedAt: now,
    stage: 'draft',
    application: plain,
    applicationVersion: 1,
    validation,
    items: itemsFromValidation(validation),
    history: [entry],
  };
}
