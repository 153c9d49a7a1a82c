/**
 * upgradeCase(): reads a stored case snapshot of any schema version this library knows and brings
 * it to the current one. Version 1 is the first; later versions add their migration here.
 */
import { CASE_SCHEMA_VERSION, type TransferCase, type TransitionError } from './case-types.js';
import { TransferCaseSchema } from './case-schema.js';
import { transitionError } from './transition-errors.js';
import { snapshot as takeSnapshot } from '../input/snapshot.js';
import { snapshotDetail } from '../input/snapshot-issue.js';

/** Migrations from version n to n + 1, by n. */
const MIGRATIONS: Record<number, (snapshot: Record<string, unknown>) => Record<string, unknown>> = {};

export type UpgradeResult = { ok: true; case: TransferCase; from: number } | { ok: false; error: TransitionError };

export function upgradeCase(stored: unknown): UpgradeResult {
  // Read once, defensively, as plain JSON: what comes back from a database or a client is not trusted.
  const { value: snapshot, problems } = takeSnapshot(stored);
  const detail = snapshotDetail(problems);
  if (detail !== undefined) {
    return { ok: false, error: transitionError('invalid-case', { detail, detailEn: detail }) };
  }
  if (snapshot === null || typeof snapshot !== 'object' || Array.isArray(snapshot)) {
    return { ok: false, error: transitionError('invalid-case', { detail: '不是对象', detailEn: 'not an object' }) };
  }
  const from = (snapshot as { schemaVersion?: unknown }).schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1 || from > CASE_SCHEMA_VERSION) {
    const detail = `schemaVersion ${String(from)}（本版本支持 1–${CASE_SCHEMA_VERSION}）`;
    return { ok: false, error: transitionError('invalid-case', { detail, detailEn: `schemaVersion ${String(from)} (this version reads 1–${CASE_SCHEMA_VERSION})` }) };
  }
  let current = snapshot as Record<string, unknown>;
  for (let version = from; version < CASE_SCHEMA_VERSION; version++) {
    current = { ...MIGRATIONS[version]!(current), schemaVersion: version + 1 };
  }
  const parsed = TransferCaseSchema.safeParse(current);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const detail = `${first.path.join('.')}: ${first.message}`;
    return { ok: false, error: transitionError('invalid-case', { detail, detailEn: detail }) };
  }
  // Only the contract's fields go on.
  return { ok: true, case: parsed.data as unknown as TransferCase, from };
}
