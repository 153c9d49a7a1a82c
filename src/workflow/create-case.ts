/** createCase(): a new case in draft, validated, with one item per insurance type that needs the agency. */
import { InvalidDateError } from '../calendar/iso-date.js';
import { hashJson } from '../policy/hash-json.js';
import { assertPolicySet, type PolicySet } from '../policy/compile-policies.js';
import { getBundledPolicies } from '../policy/bundled-policies.js';
import { snapshot } from '../input/snapshot.js';
import { validateInput } from '../validate-transfer.js';
import { itemsFromValidation } from './case-items.js';
import { sealCase } from './read-stored-case.js';
import { droppedFields } from './transition.js';
import { CASE_SCHEMA_VERSION, type Actor, type TransferCase } from './case-types.js';
import { chinaDate, normaliseInstant } from './china-time.js';

export interface CaseOptions {
  /** The current instant, ISO 8601 with a time zone: the library never reads the clock. */
  now: string;
  policies?: PolicySet;
}

/** The actor as plain data: only its id, name and role, read once (it is the host's object). */
function readActor(given: unknown): Actor | undefined {
  const { value } = snapshot(given);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { id, name, role } = value as Record<string, unknown>;
  const actor: Actor = {};
  if (typeof id === 'string') actor.id = id;
  if (typeof name === 'string') actor.name = name;
  if (role === 'employee' || role === 'hr' || role === 'agency' || role === 'system') actor.role = role;
  return actor;
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
  // The validation is of what is stored: what could not be read is noted on the history entry, not as an error of the stored application.
  const validation = validateInput(plain, { today: chinaDate(now) }, set);
  const declaredId = (plain as { id?: unknown } | null)?.id;
  const id = typeof declaredId === 'string' && declaredId.length > 0 ? declaredId : options.id ?? `case-${hashJson({ application: plain, now })}`;
  const entry: TransferCase['history'][number] = { seq: 1, event: 'create', at: now, from: null, to: 'draft', applicationVersion: 1 };
  const actor = readActor(options.actor);
  if (actor) entry.actor = actor;
  if (problems.length > 0) entry.dropped = droppedFields(problems, 0);
  return sealCase({
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
  });
}
