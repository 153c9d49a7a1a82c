/**
 * Turns validated policy files and the material catalogue into a PolicySet: conditions compiled
 * to predicates, sources merged, specificity ranked, and every inconsistency — an unknown fact,
 * operator or material kind, a duplicate id, two policies that tie — reported with its place.
 */
import type { Source } from '../issues.js';
import { compileCondition, type Predicate } from '../engine/compile-condition.js';
import { isFactName } from '../engine/facts.js';
import type { DecisionRule, MaterialKind, MaterialRequirement, Notice, PolicyFile, Step, TopLevelCondition } from './schema.js';
import { PolicyError, type PolicyProblem } from './policy-error.js';
import { hashJson } from './hash-json.js';

/** A policy file with where it came from, so problems can point at it. */
export interface PolicyDocument {
  file: string;
  policy: PolicyFile;
  /** Maps a path inside the file to its line and column, when read from YAML. */
  locate?: (path: (string | number)[]) => { line: number; column: number } | undefined;
}

export interface PolicyMeta {
  id: string;
  title: string;
  file: string;
  insurance: PolicyFile['insurance'];
  scope: { from: string; to: string };
  effective: { from: string; to?: string };
  status: 'verified' | 'unverified';
  source: Source;
  /** Route pair > destination > origin > national; finer codes rank higher within each. */
  specificity: number;
  /** The file's named conditions, for describing its rules. */
  namedConditions: Record<string, TopLevelCondition>;
}

export interface CompiledPart<T> {
  part: T;
  /** The id's last segment: "destination-acceptance-letter" of "pension.destination-acceptance-letter". */
  name: string;
  policy: PolicyMeta;
  /** Where the part lives in its file, e.g. ['decisions', 2]. */
  path: (string | number)[];
  effective: { from: string; to?: string };
  status: 'verified' | 'unverified';
  source: Source;
  predicate?: Predicate;
}

export interface CompiledPolicy {
  meta: PolicyMeta;
  decisions: CompiledPart<DecisionRule>[];
  materials: CompiledPart<MaterialRequirement>[];
  steps: CompiledPart<Step>[];
  notices: CompiledPart<Notice>[];
}

export interface PolicySet {
  /** Identifies the rule set that decided, e.g. "sha-1a2b3c4d". */
  version: string;
  policies: CompiledPolicy[];
  materials: Map<string, MaterialKind>;
}

/** Throws a PolicyError unless `value` is a PolicySet from compilePolicies() or loadPolicies(). */
export function assertPolicySet(value: unknown, where = 'options.policies'): asserts value is PolicySet {
  const set = value as Partial<PolicySet> | null;
  if (set === null || typeof set !== 'object' || !Array.isArray(set.policies) || !(set.materials instanceof Map) || typeof set.version !== 'string') {
    throw new PolicyError([{ file: where, path: [], message: 'not a PolicySet: pass the result of loadPolicies() or compilePolicies()' }]);
  }
}

const LEVEL_RANK: Record<number, number> = { 2: 1, 4: 2, 6: 3 };

export function scopeSpecificity(scope: { from: string; to: string }): number {
  const from = scope.from === '*' ? 0 : LEVEL_RANK[scope.from.length] ?? 0;
  const to = scope.to === '*' ? 0 : LEVEL_RANK[scope.to.length] ?? 0;
  return (from > 0 && to > 0 ? 1000 : 0) + to * 100 + from * 10;
}

function intersect(a: { from: string; to?: string }, b?: { from: string; to?: string }): { from: string; to?: string } {
  if (!b) return a;
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to === undefined ? b.to : b.to === undefined ? a.to : a.to < b.to ? a.to : b.to;
  return to === undefined ? { from } : { from, to };
}

function periodsOverlap(a: { from: string; to?: string }, b: { from: string; to?: string }): boolean {
  return (a.to === undefined || b.from <= a.to) && (b.to === undefined || a.from <= b.to);
}

function scopesOverlap(a: string, b: string): boolean {
  return a === '*' || b === '*' || a.startsWith(b) || b.startsWith(a);
}

type PartKind = 'decisions' | 'materials' | 'steps' | 'notices';

export function compilePolicies(documents: PolicyDocument[], materials: MaterialKind[]): PolicySet {
  const problems: PolicyProblem[] = [];
  const report = (doc: PolicyDocument | undefined, file: string, path: (string | number)[], message: string) => {
    const position = doc?.locate?.(path);
    problems.push({ file, path, message, ...(position ?? {}) });
  };

  const catalogue = new Map<string, MaterialKind>();
  for (const kind of materials) {
    if (catalogue.has(kind.kind)) report(undefined, 'materials', ['materials', kind.kind], `material kind "${kind.kind}" is listed twice`);
    catalogue.set(kind.kind, kind);
  }

  const policies: CompiledPolicy[] = [];
  const policyIds = new Map<string, string>();
  for (const doc of documents) {
    const { policy, file } = doc;
    const seen = policyIds.get(policy.id);
    if (seen) report(doc, file, ['id'], `policy id "${policy.id}" is also used by ${seen}`);
    policyIds.set(policy.id, file);
    if (policy.effective.to !== undefined && policy.effective.to < policy.effective.from) {
      report(doc, file, ['effective', 'to'], 'effective.to is before effective.from');
    }
    const meta: PolicyMeta = {
      id: policy.id,
      title: policy.title,
      file,
      insurance: policy.insurance,
      scope: policy.scope,
      effective: policy.effective,
      status: policy.status,
      source: policy.source,
      specificity: scopeSpecificity(policy.scope),
      namedConditions: policy.conditions ?? {},
    };
    const named = policy.conditions ?? {};
    for (const [name, condition] of Object.entries(named)) {
      for (const p of compileCondition(condition, named).problems) report(doc, file, ['conditions', name, ...p.path], p.message);
    }
    const ids = new Set<string>();
    const compilePart = <T extends DecisionRule | MaterialRequirement | Step | Notice>(kind: PartKind, part: T, index: number): CompiledPart<T> => {
      const path = [kind, index];
      const dated = part.effective ? `${part.id}@${part.effective.from}` : part.id;
      if (ids.has(dated)) report(doc, file, [...path, 'id'], `id "${part.id}" is used twice in this file for the same date`);
      ids.add(dated);
      if (part.effective?.to !== undefined && part.effective.to < part.effective.from) {
        report(doc, file, [...path, 'effective', 'to'], 'effective.to is before effective.from');
      }
      const compiled: CompiledPart<T> = {
        part,
        name: part.id.slice(part.id.lastIndexOf('.') + 1),
        policy: meta,
        path,
        effective: intersect(policy.effective, part.effective),
        status: part.status ?? policy.status,
        // Shared by every result that cites it: frozen so that no host can change the rule set.
        source: Object.freeze({ ...policy.source, ...part.source }),
      };
      if (part.when) {
        const { predicate, problems: conditionProblems } = compileCondition(part.when, named);
        for (const p of conditionProblems) report(doc, file, [...path, 'when', ...p.path], p.message);
        compiled.predicate = predicate;
      }
      return compiled;
    };
    const compiled: CompiledPolicy = {
      meta,
      decisions: policy.decisions.map((d, i) => compilePart('decisions', d, i)),
      materials: policy.materials.map((m, i) => compilePart('materials', m, i)),
      steps: policy.steps.map((s, i) => compilePart('steps', s, i)),
      notices: policy.notices.map((n, i) => compilePart('notices', n, i)),
    };
    compiled.notices.forEach(({ part }, i) => {
      for (const field of ['message', 'messageEn', 'suggestion', 'suggestionEn'] as const) {
        for (const [, name] of part[field].matchAll(/\{(\w+)\}/g)) {
          if (!isFactName(name!)) report(doc, file, ['notices', i, field], `unknown fact "{${name}}" in the text`);
        }
      }
    });
    compiled.materials.forEach(({ part }, i) => {
      for (const [key, kind] of [['kind', part.kind], ...(part.alternatives ?? []).map((k, n) => [`alternatives.${n}`, k])] as [string, string][]) {
        if (!catalogue.has(kind)) {
          report(doc, file, ['materials', i, ...key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))], `unknown material kind "${kind}" (not in rules/materials.yaml)`);
        }
      }
    });
    policies.push(compiled);
  }

  reportTies(policies, documents, report);
  if (problems.length > 0) throw new PolicyError(problems);
  return {
    version: `sha-${hashJson({ policies: documents.map((d) => d.policy), materials })}`,
    policies,
    materials: catalogue,
  };
}

function reportTies(
  policies: CompiledPolicy[],
  documents: PolicyDocument[],
  report: (doc: PolicyDocument | undefined, file: string, path: (string | number)[], message: string) => void,
): void {
  const byKey = new Map<string, CompiledPart<{ id: string }>[]>();
  for (const policy of policies) {
    for (const kind of ['decisions', 'materials', 'steps', 'notices'] as const) {
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
          scopesOverlap(a.policy.scope.from, b.policy.scope.from) &&
          scopesOverlap(a.policy.scope.to, b.policy.scope.to) &&
          periodsOverlap(a.effective, b.effective)
        ) {
          const doc = documents.find((d) => d.file === b.policy.file);
          report(
            doc,
            b.policy.file,
            [...b.path, 'id'],
            `"${b.part.id}" ties with the same id in ${a.policy.file}: same scope rank and overlapping dates, so neither wins — narrow a scope or end one period before the other starts`,
          );
        }
      }
    }
  }
}
