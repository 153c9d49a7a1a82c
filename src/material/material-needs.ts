/**
 * What the materials of an application must meet, given what the policies decided for each of its
 * insurance types: the documents required (by kind), the kinds anything needs, the constraints per
 * kind and the documents missing. Required documents are shared pieces of plans, so the costly
 * parts — a kind's constraints for a list of documents, a document's missing-issue — are worked out
 * once per piece and remembered beside it (weakly, so they go when the plans go).
 */
import { createIssue, freezeIssue, type Issue, type Locale } from '../issues.js';
import type { MaterialKind } from '../policy/schema.js';
import { ISSUER_NAMES } from '../policy/vocabulary.js';
import type { RequiredDocument } from '../result.js';
import { constraintsFor, type Constraints } from './constraints.js';
import { sharedPiece } from '../engine/shared-pieces.js';

export interface MaterialNeeds {
  requiredByKind: ReadonlyMap<string, readonly RequiredDocument[]>;
  /** Kinds some decision needs, alternatives included. */
  needed: ReadonlySet<string>;
  /** The constraints of a catalogue kind, worked out on first use. */
  constraintsOf(kind: MaterialKind): Constraints;
  /** One material.missing issue per kind required and not given (frozen, shared). */
  missing: readonly Issue[];
}

/** The material.missing issue of a required document, made once per document and language (documents are shared pieces of plans). */
function missingIssue(doc: RequiredDocument, catalogue: Map<string, MaterialKind>, locale: Locale): Issue {
  return sharedPiece(doc, `${locale} missing`, () =>
    freezeIssue(
      createIssue(
        'material.missing',
        ['materials'],
        { kind: doc.kind, name: catalogue.get(doc.kind)!.name, nameEn: doc.nameEn, issuer: ISSUER_NAMES[doc.issuer].zh, issuerEn: ISSUER_NAMES[doc.issuer].en },
        locale,
        { ruleId: doc.ruleId, source: doc.source },
      ),
    ),
  );
}

/** A trie of WeakMaps: catalogue kind, then each required document in turn. */
interface ConstraintNode {
  value?: Constraints;
  next?: WeakMap<RequiredDocument, ConstraintNode>;
}
const constraintTrie = new WeakMap<MaterialKind, ConstraintNode>();

/** The constraints of a kind for a list of required documents, made once per kind and list. */
function sharedConstraints(kind: MaterialKind, docs: readonly RequiredDocument[]): Constraints {
  let node = constraintTrie.get(kind);
  if (!node) constraintTrie.set(kind, (node = {}));
  for (const doc of docs) {
    node.next ??= new WeakMap();
    let child = node.next.get(doc);
    if (!child) node.next.set(doc, (child = {}));
    node = child;
  }
  return (node.value ??= Object.freeze(constraintsFor(kind, docs as RequiredDocument[])));
}

export function materialNeeds(
  outcomes: readonly { requiredDocuments: readonly RequiredDocument[] }[],
  catalogue: Map<string, MaterialKind>,
  locale: Locale,
): MaterialNeeds {
  const requiredByKind = new Map<string, RequiredDocument[]>();
  const needed = new Set<string>();
  const missing: Issue[] = [];
  const reported = new Set<string>();
  for (const { requiredDocuments } of outcomes) {
    for (const doc of requiredDocuments) {
      const group = requiredByKind.get(doc.kind);
      if (group) group.push(doc);
      else requiredByKind.set(doc.kind, [doc]);
      needed.add(doc.kind);
      if (doc.alternatives) for (const alt of doc.alternatives) needed.add(alt.kind);
      if (doc.provided || reported.has(doc.kind)) continue;
      reported.add(doc.kind);
      missing.push(missingIssue(doc, catalogue, locale));
    }
  }
  return {
    requiredByKind,
    needed,
    missing,
    constraintsOf: (kind) => sharedConstraints(kind, requiredByKind.get(kind.kind) ?? []),
  };
}
