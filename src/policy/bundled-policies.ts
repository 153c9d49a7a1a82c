/**
 * The policies that ship with the package: parsed and validated from rules/ at build time
 * (`npm run build:rules`), compiled to predicates here on first use.
 */
import bundled from '../generated/bundled-rules.json';
import { compilePolicies, type PolicyDocument, type PolicySet } from './compile-policies.js';
import type { MaterialKind } from './schema.js';

let bundledSet: PolicySet | undefined;

/** The bundled policy files and material catalogue, as data (no positions: they were checked at build time). */
export function bundledDocuments(): { documents: PolicyDocument[]; materials: MaterialKind[] } {
  return { documents: bundled.documents as unknown as PolicyDocument[], materials: bundled.materials as unknown as MaterialKind[] };
}

/** The bundled rule set, compiled once. */
export function getBundledPolicies(): PolicySet {
  const { documents, materials } = bundledDocuments();
  bundledSet ??= compilePolicies(documents, materials);
  return bundledSet;
}
