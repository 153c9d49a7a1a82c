/**
 * What a compiled rule set was compiled from, as plain data: compiled sets hold predicates (closures)
 * that cannot cross to a worker thread, so a worker compiles the same documents again and checks
 * that it arrived at the same version.
 */
import type { CalendarYear } from '../calendar/calendar-year.js';
import type { PolicyDocument, PolicySet } from './compile-policies.js';
import type { MaterialKind } from './schema.js';

export interface PolicySetSource {
  /** The documents without their position finders (functions do not cross threads). */
  documents: Omit<PolicyDocument, 'locate'>[];
  materials: MaterialKind[];
  calendar: CalendarYear[];
}

const sources = new WeakMap<PolicySet, PolicySetSource>();

export function recordPolicySetSource(set: PolicySet, documents: PolicyDocument[], materials: MaterialKind[], calendar: CalendarYear[]): void {
  sources.set(set, {
    documents: documents.map(({ file, policy, layer }) => (layer === undefined ? { file, policy } : { file, policy, layer })),
    materials,
    calendar,
  });
}

/** The source of a set from compilePolicies() or loadPolicies(); undefined for anything else. */
export function policySetSource(set: PolicySet): PolicySetSource | undefined {
  return sources.get(set);
}
