/**
 * The policies that ship with the package: parsed and validated from rules/ at build time
 * (`npm run build:rules`), compiled to predicates here on first use.
 */
import bundled from '../generated/bundled-rules.json';
import { compilePoliciesWith, type DescribeProblem, type PolicyDocument, type PolicySet } from './compile-policies.js';
import type { MaterialKind } from './schema.js';

let bundledSet: PolicySet | undefined;

/** The bundled policy files and material catalogue, as data (no positions: they were checked at build time). */
export function bundledDocuments(): { documents: PolicyDocument[]; materials: MaterialKind[] } {
  return { documents: bundled.documents as unknown as PolicyDocument[], materials: bundled.materials as unknown as MaterialKind[] };
}

/**
 * The bundled rules were checked when the package was built, so compiling them finds no problem;
 * should one appear all the same, it names its code and place without the catalogue's texts.
 */
const bare: DescribeProblem = (code, place) => ({
  file: place.file,
  path: place.path ?? [],
  code,
  severity: 'error',
  message: `${code} (${place.path?.join('.') ?? ''})`,
  messageEn: `${code} (${place.path?.join('.') ?? ''})`,
});

/** The bundled rule set, compiled once. */
export function getBundledPolicies(): PolicySet {
  const { documents, materials } = bundledDocuments();
  bundledSet ??= compilePoliciesWith(bare, documents, materials, {}, { knownVersion: bundled.version });
  return bundledSet;
}
