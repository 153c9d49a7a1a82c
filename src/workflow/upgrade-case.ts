/**
 * upgradeCase(): reads a stored case snapshot of any schema version this library knows and brings
 * it to the current one. Version 1 is the first; later versions add their migration here.
 */
import { CASE_SCHEMA_VERSION, type TransferCase, type TransitionError } from './case-types.js';
import { transitionError } from './transition-errors.js';
import { readStoredCase } from './read-stored-case.js';
import { snapshot as takeSnapshot } from '../input/snapshot.js';
import { snapshotDetail } from '../input/snapshot-issue.js';

/** Migrations from version n to n + 1, by n. */
const MIGRATIONS: Record<number, (snapshot: Record<string, unknown>) => Record<string, unknown>> = {};

export type UpgradeResult = { ok: true; case: TransferCase; from: number } | { ok: false; error: TransitionError };

export function upgradeCase(stored: unknown): UpgradeResult {
  const refuse = (developer: string, developerEn = developer): UpgradeResult => ({ ok: false, error: transitionError('invalid-case', { developer, developerEn }) });
  let from: unknown;
  try {
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return refuse('不是对象', 'not an object');
    from = (stored as { schemaVersion?: unknown }).schemaVersion;
  } catch {
    return refuse('input.unreadable');
  }
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1 || from > CASE_SCHEMA_VERSION) {
    return refuse(`schemaVersion ${String(from)}（本版本支持 1–${CASE_SCHEMA_VERSION}）`, `schemaVersion ${String(from)} (this version reads 1–${CASE_SCHEMA_VERSION})`);
  }
  let current: unknown = stored;
  if (from < CASE_SCHEMA_VERSION) {
    // Read once, defensively, as plain JSON before a migration reshapes it.
    const { value, problems } = takeSnapshot(stored);
    const detail = snapshotDetail(problems);
    if (detail !== undefined) return refuse(detail);
    let migrated = value as Record<string, unknown>;
    for (let version = from; version < CASE_SCHEMA_VERSION; version++) migrated = { ...MIGRATIONS[version]!(migrated), schemaVersion: version + 1 };
    current = migrated;
  }
  // Only the contract's fields go on, frozen as every case the library returns.
  const read = readStoredCase(current);
  return read.ok ? { ok: true, case: read.case, from } : read;
}
