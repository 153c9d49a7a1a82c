/**
 * Turns validated policy files and the material catalogue into a PolicySet: conditions compiled
 * to predicates, sources merged, specificity ranked, and every inconsistency — an unknown fact,
 * operator or material kind, a duplicate id, two policies that tie — reported with its place.
 */
import { recordPolicySetSource } from './policy-set-source.js';
import type { Source } from '../issues.js';
import type { CalendarYear } from '../calendar/calendar-year.js';
import { bundledCalendar, bundledCalendarYears } from '../calendar/bundled-calendar.js';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import { compileConditionWith, type ConditionChecks, type ConditionProblem, type Predicate } from '../engine/compile-condition.js';
import { ID_KINDS, type IdKind } from '../identity/id-kinds.js';
import type { DecisionRule, MaterialKind, MaterialRequirement, Notice, PolicyFile, Step, TopLevelCondition } from './schema.js';
import { PolicyError, type PolicyProblem, type ProblemPlace } from './policy-error.js';
import type { PolicyProblemCode } from './problem-codes.js';
import { hashJson } from './hash-json.js';
import type { Issuer } from './vocabulary.js';

/** A policy file with where it came from, so problems can point at it. */
export interface PolicyDocument {
  file: string;
  policy: PolicyFile;
  /** Maps a path inside the file to its line and column, when read from YAML. */
  locate?: (path: (string | number)[]) => { line: number; column: number } | undefined;
  /** 'overlay' for a vendor's folder laid over the bundled rules: at the same rank its parts win. */
  layer?: PolicyLayer;
}

export type PolicyLayer = 'base' | 'overlay';

export interface PolicyMeta {
  id: string;
  title: string;
  file: string;
  insurance: PolicyFile['insurance'];
  scope: { from: string; to: string };
  effective: { from: string; to?: string };
  status: 'verified' | 'unverified';
  source: Source;
  /** Where the person applies, when the policy says. */
  applyAt?: Issuer;
  /** Route pair > destination > origin > national; finer codes rank higher within each. */
  specificity: number;
  /** 'overlay' when the policy comes from a folder laid over the bundled rules. */
  layer: PolicyLayer;
  /** The file's named conditions, for describing its rules. */
  namedConditions: Record<string, TopLevelCondition>;
}

export interface CompiledPart<T> {
  part: T;
  /**
   * Set on the variants one requirement is compiled into when its kind has `heldInstead` in the
   * catalogue (one per document held, all with the part's id): the kinds of identity number it is asked of.
   */
  heldBy?: readonly IdKind[];
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
  /** The working days deadlines count in: chinese-days, the bundled calendar files and the set's own. */
  calendar: WorkingCalendar;
}

export interface CompileOptions {
  /** Holiday years of the set's own (calendar/YYYY.yaml); they add to the bundled ones and win over them. */
  calendar?: CalendarYear[];
}

/** A set with every problem found, errors and warnings; the set is missing only when an error made it unusable. */
export interface CompiledPolicySet {
  set?: PolicySet;
  problems: PolicyProblem[];
}

/** Throws a PolicyError unless `value` is a PolicySet from compilePolicies() or loadPolicies(). */
export function assertPolicySet(value: unknown, where = 'options.policies'): asserts value is PolicySet {
  const set = value as Partial<PolicySet> | null;
  if (
    set === null ||
    typeof set !== 'object' ||
    !Array.isArray(set.policies) ||
    !(set.materials instanceof Map) ||
    // Duck-typed, not instanceof: a set loaded through the CommonJS build must work with the ESM one.
    typeof (set.calendar as Partial<WorkingCalendar> | undefined)?.addWorkingDayNumbers !== 'function' ||
    typeof set.version !== 'string'
  ) {
    throw new PolicyError([
      {
        file: where,
        path: [],
        code: 'schema',
        severity: 'error',
        message: `${where}：不是 PolicySet：请传入 loadPolicies() 或 compilePolicies() 的结果`,
        messageEn: `${where}: not a PolicySet: pass the result of loadPolicies() or compilePolicies()`,
      },
    ]);
  }
}

const LEVEL_RANK: Record<number, number> = { 2: 1, 4: 2, 6: 3 };

export function scopeSpecificity(scope: { from: string; to: string }): number {
  const from = scope.from === '*' ? 0 : LEVEL_RANK[scope.from.length] ?? 0;
  const to = scope.to === '*' ? 0 : LEVEL_RANK[scope.to.length] ?? 0;
  return (from > 0 && to > 0 ? 1000 : 0) + to * 100 + from * 10;
}

export function intersect(a: { from: string; to?: string }, b?: { from: string; to?: string }): { from: string; to?: string } {
  if (!b) return a;
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to === undefined ? b.to : b.to === undefined ? a.to : a.to < b.to ? a.to : b.to;
  return to === undefined ? { from } : { from, to };
}

export function periodsOverlap(a: { from: string; to?: string }, b: { from: string; to?: string }): boolean {
  return (a.to === undefined || b.from <= a.to) && (b.to === undefined || a.from <= b.to);
}

export function scopesOverlap(a: string, b: string): boolean {
  return a === '*' || b === '*' || a.startsWith(b) || b.startsWith(a);
}

type PartKind = 'decisions' | 'materials' | 'steps' | 'notices';

export type Report = (doc: PolicyDocument | undefined, file: string, path: (string | number)[], code: PolicyProblemCode, params?: Record<string, string | number>, related?: PolicyProblem['related']) => void;

/** Makes a problem of a code, a place and the values its messages name. */
export type DescribeProblem = (
  code: PolicyProblemCode,
  place: ProblemPlace,
  params?: Record<string, string | number>,
  related?: PolicyProblem['related'],
) => PolicyProblem;

/**
 * The checks of a maintainer's files beyond their schema (policy-checks.ts): duplicate ids,
 * periods that end before they start, unknown kinds and facts, parts that tie, conditions
 * json-rules-engine would reject. The bundled rules passed them when the package was built, so
 * compiling those goes without them (and the browser build carries none).
 */
export interface MaintainerChecks {
  conditions: ConditionChecks;
  policySet(input: { documents: PolicyDocument[]; materials: MaterialKind[]; policies: CompiledPolicy[]; catalogue: Map<string, MaterialKind> }, report: Report): void;
}

/** How the package itself compiles: a maintainer's files with their checks, or the bundled rules with their version already known. */
export interface CompileInternals {
  checks?: MaintainerChecks;
  /**
   * The version hashed when these very documents were built into the package: hashing them again is
   * the larger part of compiling. Their conditions, checked by that build, compile on first use.
   */
  knownVersion?: string;
}

/** compilePolicies with the errors thrown, problems described by `describe`. */
export function compilePoliciesWith(
  describe: DescribeProblem,
  documents: PolicyDocument[],
  materials: MaterialKind[],
  options: CompileOptions = {},
  internals: CompileInternals = {},
): PolicySet {
  const { set, problems } = compilePolicySetWith(describe, documents, materials, options, internals);
  const errors = problems.filter((p) => p.severity === 'error');
  if (!set || errors.length > 0) throw new PolicyError(errors);
  return set;
}

/** compilePolicySet with problems described by `describe` (compile-policy-set.ts gives the catalogue's texts). */
export function compilePolicySetWith(
  describe: DescribeProblem,
  documents: PolicyDocument[],
  materials: MaterialKind[],
  options: CompileOptions = {},
  { checks, knownVersion }: CompileInternals = {},
): CompiledPolicySet {
  const problems: PolicyProblem[] = [];
  const report: Report = (doc, file, path, code, params, related) => {
    problems.push(describe(code, { file, path, ...(doc?.locate?.(path) ?? {}) }, params, related));
  };

  const catalogue = new Map<string, MaterialKind>();
  for (const kind of materials) catalogue.set(kind.kind, kind);
  const conditionChecks = checks?.conditions;

  const policies: CompiledPolicy[] = [];
  for (const doc of documents) {
    const { policy, file } = doc;
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
      layer: doc.layer ?? 'base',
      namedConditions: policy.conditions ?? {},
    };
    if (policy.applyAt) meta.applyAt = policy.applyAt;
    const named = policy.conditions ?? {};
    const reportCondition = (base: (string | number)[], p: ConditionProblem) =>
      report(doc, file, p.inNamed === undefined ? [...base, ...p.path] : p.path, p.code, p.params);
    for (const [name, condition] of knownVersion === undefined ? Object.entries(named) : []) {
      for (const p of compileConditionWith(condition, named, conditionChecks).problems) reportCondition(['conditions', name], p);
    }
    const compilePart = <T extends DecisionRule | MaterialRequirement | Step | Notice>(kind: PartKind, part: T, index: number): CompiledPart<T> => {
      const path = [kind, index];
      const compiled: CompiledPart<T> = {
        part,
        name: part.id.slice(part.id.lastIndexOf('.') + 1),
        policy: meta,
        path,
        effective: intersect(policy.effective, part.effective),
        status: part.status ?? policy.status,
        // Shared by every result that cites it: frozen so that no host can change the rule set.
        source: Object.freeze(partSource(policy.source, part.source)),
      };
      if (part.when && knownVersion !== undefined) {
        compiled.predicate = compiledOnFirstUse(part.when, named);
      } else if (part.when) {
        const { predicate, problems: conditionProblems } = compileConditionWith(part.when, named, conditionChecks);
        // Problems inside a named condition were reported with the named condition itself.
        for (const p of conditionProblems) if (p.inNamed === undefined) reportCondition([...path, 'when'], p);
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
    policies.push(compiled);
  }

  checks?.policySet({ documents, materials, policies, catalogue }, report);
  for (const policy of policies) policy.materials = policy.materials.flatMap((m) => heldVariants(m, catalogue));
  const ownYears = options.calendar ?? [];
  const calendar = ownYears.length === 0 ? bundledCalendar() : new WorkingCalendar([...bundledCalendarYears(), ...ownYears]);
  const set: PolicySet = {
    version:
      knownVersion ??
      `sha-${hashJson({
        policies: documents.map((d) => (d.layer === 'overlay' ? { overlay: true, ...d.policy } : d.policy)),
        materials,
        calendar: calendar.years.map(({ year, off, on }) => ({ year, off, on })),
      })}`,
    policies,
    materials: catalogue,
    calendar,
  };
  recordPolicySetSource(set, documents, materials, ownYears);
  return { set, problems };
}

/**
 * The predicate of a condition of the bundled rules, compiled when a route first asks for it: the
 * build checked every condition, and most of them belong to routes a process never sees.
 */
function compiledOnFirstUse(condition: TopLevelCondition, named: Record<string, TopLevelCondition>): Predicate {
  let predicate: Predicate | undefined;
  return (facts) => (predicate ??= compileConditionWith(condition, named).predicate)(facts);
}

/**
 * A requirement of a kind that holders of other identity documents give instead of (id-card):
 * one variant for the holders of the kind itself, and one per document held instead, each asking
 * for its own card and applying only to those holders.
 */
function heldVariants(m: CompiledPart<MaterialRequirement>, catalogue: Map<string, MaterialKind>): CompiledPart<MaterialRequirement>[] {
  const instead = catalogue.get(m.part.kind)?.heldInstead;
  if (!instead) return [m];
  const others = Object.keys(instead);
  const holders = new Map<string, IdKind[]>([[m.part.kind, ID_KINDS.filter((k) => !others.includes(k))]]);
  for (const [idKind, kind] of Object.entries(instead) as [IdKind, string][]) holders.set(kind, [...(holders.get(kind) ?? []), idKind]);
  const own = m.predicate;
  return [...holders].map(([kind, idKinds]) => {
    // Without a readable identity number (idKind null) the requirement's own kind is asked for.
    const applies = kind === m.part.kind ? (k: unknown) => !others.includes(k as string) : (k: unknown) => idKinds.includes(k as IdKind);
    return {
      ...m,
      part: kind === m.part.kind ? m.part : { ...m.part, kind },
      heldBy: idKinds,
      predicate: own ? (facts) => applies(facts.idKind) && own(facts) : (facts) => applies(facts.idKind),
    };
  });
}

/**
 * A part's citation: the policy's, refined by the part's (usually an article). A part that cites a
 * document of its own takes nothing else from the policy's citation: its title, article and note
 * belong to another document.
 */
function partSource(policySource: Source, own: Partial<Source> | undefined): Source {
  if (own?.document !== undefined && own.document !== policySource.document) return own as Source;
  return { ...policySource, ...own };
}
