/**
 * comparePolicies(): what a rule change does to applications and stored cases before it ships.
 * Each input is validated under both rule sets (compiled once, shared by every input) and the
 * differences are grouped by kind of change, with counts and the ids of the cases concerned.
 * createImpactComparison() does the same one input at a time, for streams.
 */
import { isIsoDate, InvalidDateError } from '../calendar/iso-date.js';
import { assertPolicySet, type PolicySet } from '../policy/compile-policies.js';
import { validateTransfer } from '../validate-transfer.js';
import { snapshot } from '../input/snapshot.js';
import { snapshotDetail } from '../input/snapshot-issue.js';
import { caseState, isTerminal } from '../workflow/case-state.js';
import { upgradeCase } from '../workflow/upgrade-case.js';
import { CHANGE_KINDS, diffResults, type ChangeKind, type ResultChange } from './diff-results.js';

export interface CompareOptions {
  /** YYYY-MM-DD: the date an application without its own is judged on, and "today" for its checks. */
  today: string;
  /** Also compare stored cases that are completed or withdrawn (skipped by default). */
  includeClosed?: boolean;
  /** How many ids each group lists (all by default). */
  maxIdsPerGroup?: number;
}

export interface ImpactGroup {
  kind: ChangeKind;
  /** e.g. "pension: transfer → not-required", "pension: +separation-certificate", "+material.missing". */
  key: string;
  description: string;
  descriptionEn: string;
  count: number;
  ids: string[];
}

export interface InputImpact {
  id: string;
  /** 0-based position in the inputs. */
  index: number;
  input: 'application' | 'case';
  changes: ResultChange[];
}

export interface ImpactReport {
  before: { version: string };
  after: { version: string };
  today: string;
  /** Inputs compared (applications and open cases). */
  compared: number;
  changed: number;
  unchanged: number;
  /** Stored cases left out because they are completed or withdrawn. */
  closed: number;
  /** Entries that are neither an application object nor a readable case, with why. */
  invalid: { index: number; id?: string; reason: string }[];
  /** Most cases first. */
  groups: ImpactGroup[];
  /** Every input that changed, in input order. */
  inputs: InputImpact[];
}

export interface ImpactComparison {
  /** Compares one input: an application (any shape) or a stored case. `id` names it when it has none. */
  add(input: unknown, id?: string): InputImpact | undefined;
  /** Records an entry that could not even be read (a line that is not JSON). */
  addInvalid(reason: string, id?: string): void;
  result(): ImpactReport;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeCase(value: Record<string, unknown>): boolean {
  return 'schemaVersion' in value && 'application' in value && 'history' in value;
}

/** A stream-friendly comparison of two rule sets: add inputs one at a time, then read the report. */
export function createImpactComparison(before: PolicySet, after: PolicySet, options: CompareOptions): ImpactComparison {
  assertPolicySet(before, 'before');
  assertPolicySet(after, 'after');
  const today = options?.today;
  if (!isIsoDate(today)) throw new InvalidDateError(today);
  const limit = options.maxIdsPerGroup ?? Infinity;
  const groups = new Map<string, ImpactGroup>();
  const inputs: InputImpact[] = [];
  const invalid: ImpactReport['invalid'] = [];
  let index = 0;
  let compared = 0;
  let closed = 0;

  const add = (given: unknown, givenId?: string): InputImpact | undefined => {
    const at = index++;
    // Read once, defensively: an entry that cannot be read is one invalid entry, never a failed batch.
    const { value: input, problems } = snapshot(given);
    const unreadable = snapshotDetail(problems);
    if (unreadable !== undefined) {
      invalid.push({ index: at, ...(givenId !== undefined ? { id: givenId } : {}), reason: unreadable });
      return undefined;
    }
    if (!isObject(input)) {
      invalid.push({ index: at, ...(givenId !== undefined ? { id: givenId } : {}), reason: 'not an object' });
      return undefined;
    }
    let application: unknown = input;
    let kind: InputImpact['input'] = 'application';
    let ownId = typeof input.id === 'string' && input.id.length > 0 ? input.id : undefined;
    if (looksLikeCase(input)) {
      const upgraded = upgradeCase(input);
      if (!upgraded.ok) {
        invalid.push({ index: at, ...(ownId ?? givenId ? { id: (ownId ?? givenId)! } : {}), reason: upgraded.error.messageEn });
        return undefined;
      }
      if (!options.includeClosed && isTerminal(caseState(upgraded.case))) {
        closed++;
        return undefined;
      }
      application = upgraded.case.application;
      kind = 'case';
      ownId = upgraded.case.id;
    }
    compared++;
    const id = ownId ?? givenId ?? `#${at + 1}`;
    const changes = diffResults(validateTransfer(application, { today, policies: before }), validateTransfer(application, { today, policies: after }));
    if (changes.length === 0) return undefined;
    const impact: InputImpact = { id, index: at, input: kind, changes };
    inputs.push(impact);
    for (const change of changes) {
      const groupKey = `${change.kind}\u0000${change.key}`;
      let group = groups.get(groupKey);
      if (!group) {
        const { kind, key, description, descriptionEn } = change;
        groups.set(groupKey, (group = { kind, key, description, descriptionEn, count: 0, ids: [] }));
      }
      if (group.ids[group.ids.length - 1] === id) continue; // one change per input and group
      group.count++;
      if (group.ids.length < limit) group.ids.push(id);
    }
    return impact;
  };

  return {
    add,
    addInvalid(reason, id) {
      invalid.push({ index: index++, ...(id !== undefined ? { id } : {}), reason });
    },
    result() {
      const kindOrder = (k: ChangeKind) => CHANGE_KINDS.indexOf(k);
      return {
        before: { version: before.version },
        after: { version: after.version },
        today,
        compared,
        changed: inputs.length,
        unchanged: compared - inputs.length,
        closed,
        invalid: [...invalid],
        groups: [...groups.values()].sort((a, b) => b.count - a.count || kindOrder(a.kind) - kindOrder(b.kind) || (a.key < b.key ? -1 : 1)),
        inputs: [...inputs],
      };
    },
  };
}

/**
 * Compares two rule sets over applications and stored cases.
 * @example
 * const after = loadPolicies('./vendor-rules', { extends: 'bundled' });
 * const report = comparePolicies(getBundledPolicies(), after, cases, { today: '2026-11-20' });
 * for (const g of report.groups) console.log(g.kind, g.key, g.count, g.ids.join(', '));
 */
export function comparePolicies(before: PolicySet, after: PolicySet, inputs: Iterable<unknown>, options: CompareOptions): ImpactReport {
  if (inputs === null || typeof (inputs as { [Symbol.iterator]?: unknown } | undefined)?.[Symbol.iterator] !== 'function') {
    throw new TypeError('comparePolicies: inputs must be an iterable (an array) of applications or stored cases');
  }
  const comparison = createImpactComparison(before, after, options);
  for (const input of inputs) comparison.add(input);
  return comparison.result();
}
