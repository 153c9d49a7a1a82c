/**
 * explainRoute(): what the policies say for a route and date, without an applicant — per
 * insurance type the decision rules with their conditions in words, the documents and the steps,
 * each with its legal source. Backs `shebao-transfer explain` and host systems' help pages.
 */
import type { IdKind } from './identity/id-kinds.js';
import { INSURANCE_NAMES, INSURANCE_TYPES, isInsuranceType, type InsuranceType } from './application/insurance-types.js';
import { reportUnknownInsuranceType } from './application/report-unknown-insurance.js';
import { isIsoDate } from './calendar/iso-date.js';
import { INPUT_LIMITS } from './input/limits.js';
import { snapshot } from './input/snapshot.js';
import { textOf } from './input/text-of.js';
import { describeCondition } from './engine/describe-condition.js';
import { IssueList, type Issue, type Locale, type Source } from './issues.js';
import { getBundledPolicies } from './policy/bundled-policies.js';
import { assertPolicySet, type CompiledPart, type PolicySet } from './policy/compile-policies.js';
import { selectParts } from './policy/select-parts.js';
import { DECISION_NAMES, ISSUER_NAMES, type Decision, type Issuer } from './policy/vocabulary.js';
import { resolveRegionAt } from './region/check-route.js';
import { routeCodes, routeEnd } from './region/route-end.js';
import type { DocumentTerms, RouteEndResult } from './result.js';
import { documentTerms } from './engine/document-terms.js';

export interface ExplainOptions {
  from: string | number;
  to: string | number;
  /** YYYY-MM-DD; the policies in force that day. Without it, those that have not ended. */
  date?: string;
  /** Insurance types to explain; all six by default. */
  types?: string[];
  policies?: PolicySet;
  locale?: Locale;
}

interface ExplainedPart {
  ruleId: string;
  /** The condition in words, when the part has one. */
  when?: string;
  source: Source;
  status?: 'unverified';
  policy: string;
  /** The file that decided this part (`bundled:…` for a bundled file under an overlay). */
  file: string;
  /** Set when the part comes from an overlay laid over other rules. */
  overlay?: true;
}

export interface ExplainedRule extends ExplainedPart {
  decision: Decision;
  decisionName: string;
  priority: number;
  message: string;
}

export interface ExplainedDocument extends ExplainedPart, DocumentTerms {
  forDecisions?: Decision[];
  /** Asked only of holders of these kinds of identity number (a document held instead of another, e.g. a residence permit for the ID card). */
  heldBy?: IdKind[];
}

export interface ExplainedStep extends ExplainedPart {
  step: string;
  name: string;
  actor: Issuer;
  actorName: string;
  /** Absent when no source gives a time limit. */
  workingDays?: number;
  forDecisions?: Decision[];
}

export interface ExplainedItem {
  insurance: InsuranceType;
  insuranceName: string;
  /** Where the person applies, when the policies say. */
  applyAt?: Issuer;
  policies: {
    id: string;
    title: string;
    file: string;
    scope: { from: string; to: string };
    source: Source;
    status: 'verified' | 'unverified';
    overlay?: true;
  }[];
  rules: ExplainedRule[];
  documents: ExplainedDocument[];
  steps: ExplainedStep[];
}

export interface RouteExplanation {
  ok: boolean;
  route: { from: RouteEndResult | null; to: RouteEndResult | null };
  date?: string;
  policyVersion: string;
  items: ExplainedItem[];
  issues: Issue[];
}

function partInfo(part: CompiledPart<{ id: string; when?: unknown }>, locale: Locale): ExplainedPart {
  const info: ExplainedPart = { ruleId: part.part.id, source: part.source, policy: part.policy.id, file: part.policy.file };
  if (part.policy.layer === 'overlay') info.overlay = true;
  const when = (part.part as { when?: Parameters<typeof describeCondition>[0] }).when;
  if (when) info.when = describeCondition(when, part.policy.namedConditions, locale);
  if (part.status === 'unverified') info.status = 'unverified';
  return info;
}

/** The options as plain data, read once and defensively (the rule set is taken as it is). */
function readOptions(given: unknown): { options: Partial<ExplainOptions>; unreadable: (string | number)[][] } {
  if (given === null || typeof given !== 'object') return { options: {}, unreadable: [] };
  let policies: unknown;
  try {
    policies = (given as { policies?: unknown }).policies;
  } catch {
    policies = undefined;
  }
  const picked = pick(given, ['from', 'to', 'date', 'types', 'locale']);
  const { value, problems } = snapshot(picked.values);
  const options = (value ?? {}) as Partial<ExplainOptions>;
  if (policies !== undefined) options.policies = policies as PolicySet;
  return { options, unreadable: [...picked.unreadable.map((key) => [key]), ...problems.map((p) => p.path)] };
}

/** The named properties of an object, each read inside a try: a throwing getter is unreadable, not fatal. */
function pick(source: object, keys: string[]): { values: Record<string, unknown>; unreadable: string[] } {
  const values: Record<string, unknown> = {};
  const unreadable: string[] = [];
  for (const key of keys) {
    try {
      const value = (source as Record<string, unknown>)[key];
      if (value !== undefined) values[key] = value;
    } catch {
      unreadable.push(key);
    }
  }
  return { values, unreadable };
}

/**
 * Explains the policies in force on a route.
 * @example explainRoute({ from: '贵阳', to: '哈尔滨', date: '2026-11-20', types: ['pension'] })
 */
export function explainRoute(givenOptions: ExplainOptions): RouteExplanation {
  const { options, unreadable } = readOptions(givenOptions);
  const locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const lang = locale === 'en' ? 'en' : 'zh';
  const set = options.policies ?? getBundledPolicies();
  if (options.policies !== undefined) assertPolicySet(set);
  const issues = new IssueList(locale);
  for (const path of unreadable) issues.add('input.unreadable', path, { field: path.join('.') || 'options' });
  for (const end of ['from', 'to'] as const) if (options[end] === undefined) issues.add('input.required', [end], { field: end });
  const from = resolveRegionAt(options.from, ['from'], issues);
  const to = resolveRegionAt(options.to, ['to'], issues);
  let date = options.date;
  if (date !== undefined && !isIsoDate(date)) {
    issues.add('date.invalid', ['date'], { field: 'date', value: textOf(date) ?? typeof date, format: 'YYYY-MM-DD', example: '2026-11-20' });
    date = undefined;
  }
  const types: InsuranceType[] = [];
  let asked: unknown[] = [...INSURANCE_TYPES];
  if (options.types !== undefined) {
    if (Array.isArray(options.types)) asked = options.types.slice(0, INPUT_LIMITS.maxInsuranceTypes);
    else issues.add('input.type', ['types'], { field: 'types', expected: '列表', expectedEn: 'a list' });
  }
  asked.forEach((type, index) => {
    if (isInsuranceType(type)) {
      if (!types.includes(type)) types.push(type);
      return;
    }
    reportUnknownInsuranceType(type, ['types', index], issues);
  });

  const items: ExplainedItem[] = types.map((insurance) => {
    const selected = selectParts(set, insurance, routeCodes(from), routeCodes(to), date);
    return {
      insurance,
      insuranceName: INSURANCE_NAMES[insurance][lang],
      ...(selected.applyAt ? { applyAt: selected.applyAt } : {}),
      policies: selected.policies.map((p) => ({
        id: p.id,
        title: p.title,
        file: p.file,
        scope: p.scope,
        source: p.source,
        status: p.status,
        ...(p.layer === 'overlay' ? { overlay: true as const } : {}),
      })),
      rules: selected.decisions.map((d) => ({
        ...partInfo(d, locale),
        decision: d.part.decision,
        decisionName: DECISION_NAMES[d.part.decision][lang],
        priority: d.part.priority,
        message: lang === 'en' ? d.part.messageEn : d.part.message,
      })),
      documents: selected.materials.map((m) => {
        const doc: ExplainedDocument = { ...partInfo(m, locale), ...documentTerms(m.part, set.materials, locale) };
        if (m.part.forDecisions) doc.forDecisions = m.part.forDecisions;
        if (m.heldBy) doc.heldBy = [...m.heldBy];
        return doc;
      }),
      steps: selected.steps.map((s) => {
        const step: ExplainedStep = {
          ...partInfo(s, locale),
          step: s.name,
          name: lang === 'en' ? s.part.nameEn : s.part.name,
          actor: s.part.actor,
          actorName: ISSUER_NAMES[s.part.actor][lang],
        };
        if (s.part.workingDays !== undefined) step.workingDays = s.part.workingDays;
        if (s.part.forDecisions) step.forDecisions = s.part.forDecisions;
        return step;
      }),
    };
  });

  const explanation: RouteExplanation = {
    ok: !issues.items.some((i) => i.severity === 'error'),
    route: { from: routeEnd(from), to: routeEnd(to) },
    policyVersion: set.version,
    items,
    issues: issues.items,
  };
  if (date) explanation.date = date;
  return explanation;
}
