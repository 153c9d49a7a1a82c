/**
 * The checks of a maintainer's policy files and material catalogue beyond their schema — what
 * would make a rule set ambiguous or point at nothing: a material kind or policy id given twice,
 * a period that ends before it starts, two parts with one id and date, a notice naming an unknown
 * fact, a requirement of an unknown kind, two parts that tie — and the checks of their conditions
 * (condition-checks.ts). compilePolicies, loadPolicies and lint run them; the bundled rules passed
 * them when the package was built.
 */
import { CONDITION_CHECKS } from '../engine/condition-checks.js';
import { isFactName } from '../engine/fact-names.js';
import { periodsOverlap, scopesOverlap, type CompiledPart, type CompiledPolicy, type MaintainerChecks, type PolicyDocument, type Report } from './compile-policies.js';
import type { MaterialKind } from './schema.js';

const PART_KINDS = ['decisions', 'materials', 'steps', 'notices'] as const;

function checkCatalogue(materials: MaterialKind[], catalogue: Map<string, MaterialKind>, report: Report): void {
  const seen = new Set<string>();
  for (const kind of materials) {
    if (seen.has(kind.kind)) report(undefined, 'materials.yaml', ['materials', kind.kind], 'material.duplicate-kind', { kind: kind.kind });
    seen.add(kind.kind);
  }
  for (const kind of catalogue.values()) {
    for (const [idKind, instead] of Object.entries(kind.heldInstead ?? {})) {
      if (!catalogue.has(instead)) report(undefined, 'materials.yaml', ['materials', kind.kind, 'heldInstead', idKind], 'material.unknown-kind', { kind: instead });
    }
  }
}

function checkDocument(doc: PolicyDocument, catalogue: Map<string, MaterialKind>, report: Report): void {
  const { policy, file } = doc;
  if (policy.effective.to !== undefined && policy.effective.to < policy.effective.from) {
    report(doc, file, ['effective'], 'effective.order', { from: policy.effective.from, to: policy.effective.to });
  }
  const ids = new Set<string>();
  for (const kind of PART_KINDS) {
    (policy[kind] as { id: string; effective?: { from: string; to?: string } }[]).forEach((part, index) => {
      const dated = part.effective ? `${part.id}@${part.effective.from}` : part.id;
      if (ids.has(dated)) report(doc, file, [kind, index, 'id'], 'part.duplicate-id', { id: part.id });
      ids.add(dated);
      if (part.effective?.to !== undefined && part.effective.to < part.effective.from) {
        report(doc, file, [kind, index, 'effective'], 'effective.order', { from: part.effective.from, to: part.effective.to });
      }
    });
  }
  policy.notices.forEach((part, i) => {
    for (const field of ['message', 'messageEn', 'suggestion', 'suggestionEn'] as const) {
      for (const [, name] of part[field].matchAll(/\{(\w+)\}/g)) {
        if (!isFactName(name!)) report(doc, file, ['notices', i, field], 'notice.unknown-fact', { fact: name! });
      }
    }
  });
  policy.materials.forEach((part, i) => {
    const kinds: [(string | number)[], string][] = [[['kind'], part.kind], ...(part.alternatives ?? []).map((k, n): [(string | number)[], string] => [['alternatives', n], k])];
    for (const [key, kind] of kinds) {
      if (!catalogue.has(kind)) report(doc, file, ['materials', i, ...key], 'material.unknown-kind', { kind });
    }
  });
}

/** Two parts with one id, at the same rank and layer, whose scopes and periods overlap: neither would win. */
function reportTies(policies: CompiledPolicy[], documents: PolicyDocument[], report: Report): void {
  const byKey = new Map<string, CompiledPart<{ id: string }>[]>();
  for (const policy of policies) {
    for (const kind of PART_KINDS) {
      for (const part of policy[kind] as CompiledPart<{ id: string }>[]) {
        const key = `${policy.meta.insurance}/${kind}/${part.part.id}`;
        const list = byKey.get(key) ?? [];
        list.push(part);
        byKey.set(key, list);
      }
    }
  }
  for (const parts of byKey.values()) {
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        const a = parts[i]!;
        const b = parts[j]!;
        if (
          a.policy.specificity === b.policy.specificity &&
          a.policy.layer === b.policy.layer &&
          scopesOverlap(a.policy.scope.from, b.policy.scope.from) &&
          scopesOverlap(a.policy.scope.to, b.policy.scope.to) &&
          periodsOverlap(a.effective, b.effective)
        ) {
          const docA = documents.find((d) => d.file === a.policy.file && d.policy.id === a.policy.id);
          const docB = documents.find((d) => d.file === b.policy.file && d.policy.id === b.policy.id);
          const lineA = docA?.locate?.([...a.path, 'id'])?.line;
          report(docB, b.policy.file, [...b.path, 'id'], 'overlap.same-rank', { id: b.part.id, other: a.policy.file }, [
            lineA === undefined ? { file: a.policy.file } : { file: a.policy.file, line: lineA },
          ]);
        }
      }
    }
  }
}


export const MAINTAINER_CHECKS: MaintainerChecks = {
  conditions: CONDITION_CHECKS,
  policySet({ documents, materials, policies, catalogue }, report) {
    checkCatalogue(materials, catalogue, report);
    const policyIds = new Map<string, string>();
    for (const doc of documents) {
      const seen = policyIds.get(doc.policy.id);
      if (seen) report(doc, doc.file, ['id'], 'policy.duplicate-id', { id: doc.policy.id, other: seen });
      policyIds.set(doc.policy.id, doc.file);
      checkDocument(doc, catalogue, report);
    }
    reportTies(policies, documents, report);
  },
};
