/**
 * The policies that ship with the package: parsed and validated from rules/ at build time
 * (`npm run build:rules`), compiled to predicates here on first use.
 */
import bundled from '../generated/bundled-rules.json';
import { compilePolicies, type PolicyDocument, type PolicySet } from './compile-policies.js';
import type { MaterialKind } from './schema.js';

let bundledSet: PolicySet | undefined;

/** The bundled rule set, compiled once. */
export function getBundledPolicies(): PolicySet {
  bundledSet ??= compilePolicies(bundled.documents as unknown as PolicyDocument[], bundled.materials as unknown as MaterialKind[]);
  return bundledSet;
}
