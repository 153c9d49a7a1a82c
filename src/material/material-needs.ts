/**
 * What the materials of an application must meet, given what the policies decided for each of its
 * insurance types: the documents required (by kind), the kinds anything needs, the constraints per
 * kind and the documents missing. It depends only on the decisions' outcomes, so a plan works it
 * out once per combination of outcomes.
 */
import { createIssue, freezeIssue, type Issue, type Locale } from '../issues.js';
import type { MaterialKind } from '../policy/schema.js';
import { ISSUER_NAMES } from '../policy/vocabulary.js';
import type { RequiredDocument } from '../result.js';
import { constraintsFor, type Constraints } from './constraints.js';

export interface MaterialNeeds {
  requiredByKind: ReadonlyMap<string, readonly RequiredDocument[]>;
  /** Kinds some decision needs, alternatives included. */
  needed: ReadonlySet<string>;
  /** The constraints of a catalogue kind, worked out on first use. */
  constraintsOf(kind: MaterialKind): Constraints;
  /** One material.missing issue per kind required and not given (frozen, shared). */
  missing: readonly Issue[];
}

/** The material.missing issue of a required document, made once per document (documents are shared pieces of plans). */
const missingIssues = new WeakMap<RequiredDocument, Partial<Record<Locale, Issue>>>();

function missingIssue(doc: RequiredDocument, catalogue: Map<string, MaterialKind>, locale: Locale): Issue {
  let byLocale = missingIssues.get(doc);
  if (!byLocale) missingIssues.set(doc, (byLocale = {}));
  return (byLocale[locale] ??= freezeIssue(
    createIssue(
      'material.missing',
      ['materials'],
      { kind: doc.kind, name: catalogue.get(doc.kind)!.name, nameEn: doc.nameEn, issuer: ISSUER_NAMES[doc.issuer].zh, issuerEn: ISSUER_NAMES[doc.issuer].en },
      locale,
      { ruleId: doc.ruleId, source: doc.source },
    ),
  ));
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
  const constraints = new Map<string, Constraints>();
  return {
    requiredByKind,
    needed,
    missing,
    constraintsOf(kind) {
      let c = constraints.get(kind.kind);
      if (!c) constraints.set(kind.kind, (c = Object.freeze(constraintsFor(kind, requiredByKind.get(kind.kind) ?? []))));
      return c;
    },
  };
}
