/**
 * readStoredCase(): a case as transition, overdue and upgradeCase trust it. Each field of the case
 * is read once; the large parts (application, validation, items, history) are taken as they are
 * when the library made them and they are still frozen, else read defensively as plain JSON and
 * checked against the schema — so a case straight from the previous transition costs next to
 * nothing, and one parsed from a database costs one careful read.
 */
import { snapshot } from '../input/snapshot.js';
import { snapshotDetail } from '../input/snapshot-issue.js';
import { object } from 'zod/mini';
import { CASE_HEAD_SHAPE, CASE_PART_SHAPE } from './case-schema.js';
import type { TransferCase, TransitionError } from './case-types.js';
import { transitionError } from './transition-errors.js';
import { isTrusted, trust } from './trusted.js';

export type StoredCaseRead = { ok: true; case: TransferCase } | { ok: false; error: TransitionError };

const HeadSchema = object(CASE_HEAD_SHAPE);
const HEAD_KEYS = Object.keys(CASE_HEAD_SHAPE) as (keyof typeof CASE_HEAD_SHAPE)[];
const PART_KEYS = Object.keys(CASE_PART_SHAPE) as (keyof typeof CASE_PART_SHAPE)[];

const refuse = (detail: string): StoredCaseRead => ({ ok: false, error: transitionError('invalid-case', { developer: detail }) });

function zodDetail(prefix: string, issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const first = issues[0]!;
  return `${[prefix, ...first.path.map(String)].filter((p) => p !== '').join('.')}: ${first.message}`;
}

/** The part as the case keeps it, or the reason it cannot be a case's part. */
function readPart(key: (typeof PART_KEYS)[number], value: unknown): { value: unknown } | string {
  if (isTrusted(value)) return { value };
  const read = snapshot(value);
  const problem = snapshotDetail(read.problems.map((p) => ({ ...p, path: [key, ...p.path] })));
  if (problem) return problem;
  const parsed = CASE_PART_SHAPE[key].safeParse(read.value);
  if (!parsed.success) return zodDetail(key, parsed.error.issues);
  // The validation result is checked for its outline only: kept as it was read (every field, in its order).
  return { value: trust(key === 'validation' || key === 'application' ? read.value : parsed.data) };
}

/** Whether `value` is an array, false for what cannot be asked (a revoked Proxy throws on Array.isArray). */
export function isList(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** Reads a stored case of the current schema version: the case with only the contract's fields, or an invalid-case refusal. */
export function readStoredCase(input: unknown): StoredCaseRead {
  if (typeof input !== 'object' || input === null || isList(input)) return refuse('不是对象');
  const fields: Record<string, unknown> = {};
  for (const key of [...HEAD_KEYS, ...PART_KEYS]) {
    try {
      fields[key] = (input as Record<string, unknown>)[key];
    } catch {
      return refuse(`${key}: input.unreadable`);
    }
  }
  const head = HeadSchema.safeParse(fields);
  if (!head.success) return refuse(zodDetail('', head.error.issues));
  const c = { ...head.data } as Record<string, unknown>;
  for (const key of PART_KEYS) {
    const part = readPart(key, fields[key]);
    if (typeof part === 'string') return refuse(part);
    c[key] = part.value;
  }
  // The contract's order of fields, as createCase writes them.
  const { schemaVersion, id, version, createdAt, updatedAt, stage, application, applicationVersion, validation, items, history } = c as unknown as TransferCase;
  return { ok: true, case: { schemaVersion, id, version, createdAt, updatedAt, stage, application, applicationVersion, validation, items, history } };
}

/** The case with its large parts frozen and remembered, as every function that makes a case returns it. */
export function sealCase(c: TransferCase): TransferCase {
  trust(c.application);
  trust(c.validation);
  trust(c.items);
  trust(c.history);
  return c;
}
