/**
 * Decides one insurance type: the first decision rule whose condition holds, then the documents
 * and procedure steps that decision needs, with due dates in Chinese working days.
 *
 * An ItemPlan belongs to one class of route, period of the rule set and language. What a decision brings
 * depends on the applicant only through which conditions hold and which documents were given, so
 * each distinct combination (an outcome) is worked out once and its pieces — reasons, conditions,
 * required documents and policy issues — are frozen and shared by every result that has it, and by
 * every plan with the same part (shared-pieces.ts). Steps carry due dates counted from each
 * application's own date, so every result gets its own.
 */
import { INSURANCE_NAMES, type InsuranceType } from '../application/insurance-types.js';
import { fromDayNumber } from '../calendar/iso-date.js';
import { createIssue, freezeIssue, type Issue, type IssueCode, type IssueList, type Locale } from '../issues.js';
import type { CompiledPart, PolicySet } from '../policy/compile-policies.js';
import type { Notice } from '../policy/schema.js';
import type { SelectedParts } from '../policy/select-parts.js';
import type { Decision, Issuer } from '../policy/vocabulary.js';
import type { ConditionOutcome, ItemResult, Reason, RequiredDocument, StepResult } from '../result.js';
import { fillTemplate } from '../fill-template.js';
import { documentTerms } from './document-terms.js';
import type { PlanStore } from './plan-store.js';
import type { Facts } from './facts.js';
import { sharedPiece } from './shared-pieces.js';

/** Documents and steps serve these decisions unless a part says otherwise. */
const ACTIVE_DECISIONS: readonly Decision[] = ['transfer', 'temporary-account', 'needs-review'];

/** Outcome keys are numbers while the plan's parts fit in the exact range of a double. */
const MAX_NUMERIC_BITS = 50;

type Part = CompiledPart<{ forDecisions?: Decision[] | undefined }>;
type StepPart = SelectedParts['steps'][number];
type Slots = { materials: SelectedParts['materials'][number][]; conditional: Part[] };

/** A policy issue of an outcome: fixed (frozen, shared), or a notice whose text names facts. */
type PlannedIssue = Issue | CompiledPart<Notice>;

export interface Outcome {
  decision: Decision;
  provisionalDecision: Decision | undefined;
  reasons: readonly Reason[];
  conditions: readonly ConditionOutcome[];
  requiredDocuments: readonly RequiredDocument[];
  winner: SelectedParts['decisions'][number] | undefined;
  materialParts: readonly SelectedParts['materials'][number][];
  stepParts: readonly StepPart[];
  noticeParts: readonly CompiledPart<Notice>[];
  /** The due dates of the steps for the reference day last asked for (applications come in runs of one date). */
  duesFor?: { day: number | undefined; dues: (string | undefined)[] };
  /** The policy issues, per index of the type in the application (issues point at it). */
  issuesAt: (readonly PlannedIssue[] | undefined)[];
  applyAt: Issuer | undefined;
}

/**
 * A list as long as it is: an outcome lives as long as its plan, and a list grown by push keeps
 * room for sixteen — most of an outcome's memory, over thousands of outcomes.
 */
const trimmed = <T>(list: readonly T[]): T[] => list.slice();

const applies = (part: Part, decision: Decision): boolean => (part.part.forDecisions ?? ACTIVE_DECISIONS).includes(decision);
const holds = (part: { predicate?: CompiledPart<unknown>['predicate'] }, facts: Facts): boolean => part.predicate === undefined || part.predicate(facts);
const namesFacts = (n: Notice) => [n.message, n.messageEn, n.suggestion, n.suggestionEn].some((t) => t.includes('{'));

/** A notice's text with `{fact}` replaced by the fact's value. */
function withFacts(text: string, facts: Facts): string {
  return fillTemplate(text, (name) => {
    const value = facts[name as keyof Facts];
    return value === null || value === undefined ? undefined : String(value);
  });
}

export class ItemPlan {
  private readonly outcomes = new Map<number | string, Outcome>();
  private readonly numericKeys: boolean;
  private readonly names: { zh: string; en: string };

  constructor(
    readonly insurance: InsuranceType,
    private readonly selected: SelectedParts,
    private readonly set: PolicySet,
    private readonly locale: Locale,
    /** Where outcomes are counted against a budget; undefined for the uncached path (every outcome afresh). */
    private readonly store: PlanStore | undefined,
  ) {
    const bits = Math.ceil(Math.log2(selected.decisions.length + 2)) + 2 * selected.materials.length + selected.steps.length + selected.notices.length;
    this.numericKeys = bits <= MAX_NUMERIC_BITS;
    this.names = INSURANCE_NAMES[insurance];
  }

  /** The index of the decision rule that holds first, or -1. */
  private winnerIndex(facts: Facts): number {
    const decisions = this.selected.decisions;
    for (let i = 0; i < decisions.length; i++) if (holds(decisions[i]!, facts)) return i;
    return -1;
  }

  private decisionOf(winner: number): Decision {
    const rule = this.selected.decisions[winner];
    return rule === undefined || rule.status === 'unverified' ? 'needs-review' : rule.part.decision;
  }

  /**
   * The decision the documents, steps and notices are chosen for: the rule's own, also when it is
   * unverified (the item then needs review, and shows what that decision would take).
   */
  private scopeOf(winner: number): Decision {
    return this.selected.decisions[winner]?.part.decision ?? 'needs-review';
  }

  /** Per winning rule (index + 1; 0 for none), the parts that could apply under its decision and hold only sometimes. */
  private readonly slots: (Slots | undefined)[] = [];

  private slotsOf(winner: number): Slots {
    let found = this.slots[winner + 1];
    if (!found) {
      const decision = this.scopeOf(winner);
      const { materials, steps, notices } = this.selected;
      // A part without a condition holds for every applicant of this winner: it tells outcomes
      // apart only by whether its document was given.
      found = {
        materials: materials.filter((m) => applies(m, decision)),
        conditional: [...steps, ...notices].filter((p) => applies(p, decision) && p.predicate !== undefined),
      };
      this.slots[winner + 1] = found;
    }
    return found;
  }

  /** What identifies an outcome: the winning rule, and for each part that could apply, whether it does (and a document, whether given). */
  private keyOf(winner: number, facts: Facts, provided: ReadonlySet<string>): number | string {
    const { materials, conditional } = this.slotsOf(winner);
    if (this.numericKeys) {
      // The winner goes in the lowest digits: which parts have a slot depends on it, so the slots
      // above it are only comparable between outcomes of one winner (else 4·2 and 8 would meet).
      let key = 0;
      for (let i = 0; i < materials.length; i++) {
        const m = materials[i]!;
        const on = holds(m, facts);
        key = key * 4 + (on ? 2 : 0) + (on && isProvided(m.part, provided) ? 1 : 0);
      }
      for (let i = 0; i < conditional.length; i++) key = key * 2 + (conditional[i]!.predicate!(facts) ? 1 : 0);
      return key * (this.selected.decisions.length + 1) + winner + 1;
    }
    let key = `${winner}:`;
    for (const m of materials) key += holds(m, facts) ? (isProvided(m.part, provided) ? '3' : '2') : '0';
    for (const p of conditional) key += p.predicate!(facts) ? '1' : '0';
    return key;
  }

  private policyIssue(code: IssueCode, index: number, params: Record<string, string | number>, extras: Parameters<typeof createIssue>[4]): Issue {
    return freezeIssue(createIssue(code, ['insuranceTypes', index], params, this.locale, extras));
  }

  private unverified(part: CompiledPart<{ id: string }>, index: number): Issue {
    return sharedPiece(part, `${this.locale} unverified ${index}`, () =>
      this.policyIssue(
        'policy.unverified',
        index,
        { insuranceName: this.names.zh, insuranceNameEn: this.names.en, rule: part.part.id },
        { ruleId: part.part.id, source: part.source },
      ),
    );
  }

  private workOut(winnerAt: number, facts: Facts, provided: ReadonlySet<string>): Outcome {
    const { selected } = this;
    const conditions: ConditionOutcome[] = [];
    for (let i = 0; i <= (winnerAt === -1 ? selected.decisions.length - 1 : winnerAt); i++) conditions.push(this.condition(i, i === winnerAt));
    const winner = selected.decisions[winnerAt];
    const decision = this.decisionOf(winnerAt);
    const scope = this.scopeOf(winnerAt);
    let provisionalDecision: Decision | undefined;
    const reasons: Reason[] = [];
    if (winner) {
      if (winner.status === 'unverified' && winner.part.decision !== 'needs-review') provisionalDecision = winner.part.decision;
      reasons.push(this.reason(winner));
    }

    const materialParts: SelectedParts['materials'][number][] = [];
    const requiredDocuments: RequiredDocument[] = [];
    selected.materials.forEach((requirement, index) => {
      if (!applies(requirement, scope) || !holds(requirement, facts)) return;
      materialParts.push(requirement);
      requiredDocuments.push(this.document(index, isProvided(requirement.part, provided)));
    });

    return {
      decision,
      provisionalDecision,
      reasons: Object.freeze(trimmed(reasons)),
      conditions: Object.freeze(trimmed(conditions)),
      requiredDocuments: Object.freeze(trimmed(requiredDocuments)),
      winner,
      materialParts: trimmed(materialParts),
      stepParts: trimmed(selected.steps.filter((s) => applies(s, scope) && holds(s, facts))),
      noticeParts: trimmed(selected.notices.filter((n) => applies(n, scope) && holds(n, facts))),
      issuesAt: [],
      applyAt: ACTIVE_DECISIONS.includes(decision) ? selected.applyAt : undefined,
    };
  }

  /** The policy issues of an outcome for the type at `index`, in the order they are reported. */
  private issuesOf(outcome: Outcome, index: number, facts: Facts): readonly PlannedIssue[] {
    const issues: PlannedIssue[] = [];
    const { winner } = outcome;
    if (!winner) issues.push(sharedPiece(this.set, `${this.locale} no-decision ${this.insurance} ${index}`, () => this.policyIssue('policy.no-decision', index, { insuranceName: this.names.zh, insuranceNameEn: this.names.en }, {})));
    else if (winner.status === 'unverified') issues.push(this.unverified(winner, index));
    for (const m of outcome.materialParts) if (m.status === 'unverified') issues.push(this.unverified(m, index));
    for (const s of outcome.stepParts) if (s.status === 'unverified') issues.push(this.unverified(s, index));
    for (const notice of outcome.noticeParts) issues.push(namesFacts(notice.part) ? notice : sharedPiece(notice, `${this.locale} notice ${index}`, () => this.noticeIssue(notice, index, facts)));
    return issues;
  }

  private condition(index: number, met: boolean): ConditionOutcome {
    const rule = this.selected.decisions[index]!;
    return sharedPiece(rule, met ? 'met' : 'not met', () => ({ ruleId: rule.part.id, decision: rule.part.decision, met }));
  }

  private reason(winner: SelectedParts['decisions'][number]): Reason {
    return sharedPiece(winner, `${this.locale} reason`, () => {
      const reason: Reason = {
        ruleId: winner.part.id,
        decision: winner.part.decision,
        message: this.locale === 'en' ? winner.part.messageEn : winner.part.message,
        messageEn: winner.part.messageEn,
        source: winner.source,
      };
      if (winner.status === 'unverified') reason.status = 'unverified';
      return reason;
    });
  }

  private document(index: number, provided: boolean): RequiredDocument {
    const requirement = this.selected.materials[index]!;
    return sharedPiece(requirement, `${this.locale} ${provided ? 'provided' : 'missing'}`, () => {
      const { part } = requirement;
      const doc = documentTerms(part, this.set.materials, this.locale) as RequiredDocument;
      doc.provided = provided;
      doc.ruleId = part.id;
      doc.source = requirement.source;
      const note = this.locale === 'en' ? part.noteEn : part.note;
      if (note) doc.note = note;
      if (requirement.status === 'unverified') doc.status = 'unverified';
      return doc;
    });
  }

  private noticeIssue(notice: CompiledPart<Notice>, index: number, facts: Facts): Issue {
    const { part } = notice;
    const issue = createIssue(
      'policy.notice',
      part.at ? [...part.at] : ['insuranceTypes', index],
      {
        message: withFacts(part.message, facts),
        messageEn: withFacts(part.messageEn, facts),
        suggestion: withFacts(part.suggestion, facts),
        suggestionEn: withFacts(part.suggestionEn, facts),
      },
      this.locale,
      { severity: part.severity, ruleId: part.id, source: notice.source },
    );
    return namesFacts(part) ? issue : freezeIssue(issue);
  }

  /** The steps with their due dates counted from the reference day: each result's own (dates differ from one to the next). */
  private stepsOf(outcome: Outcome, referenceDay: number | undefined): StepResult[] {
    const { locale } = this;
    let memo = outcome.duesFor;
    if (!memo || memo.day !== referenceDay) {
      let dueDay = referenceDay;
      const dues = outcome.stepParts.map(({ part }) => {
        // A step without a known time limit ends the chain: nothing after it can be dated.
        if (dueDay === undefined || part.workingDays === undefined) return (dueDay = undefined);
        dueDay = this.set.calendar.addWorkingDayNumbers(dueDay, part.workingDays);
        return fromDayNumber(dueDay);
      });
      memo = { day: referenceDay, dues };
      if (this.store) outcome.duesFor = memo;
    }
    const { dues } = memo;
    return outcome.stepParts.map((stepPart, i) => {
      const { part } = stepPart;
      const due = dues[i];
      const name = locale === 'en' ? part.nameEn : part.name;
      // Two fixed shapes rather than a spread: this runs for every step of every result.
      const step: StepResult =
        part.workingDays === undefined
          ? { step: stepPart.name, name, nameEn: part.nameEn, actor: part.actor, ruleId: part.id, source: stepPart.source }
          : { step: stepPart.name, name, nameEn: part.nameEn, actor: part.actor, workingDays: part.workingDays, ruleId: part.id, source: stepPart.source };
      if (due !== undefined) step.due = due;
      if (part.endsWith !== undefined) step.endsWith = part.endsWith;
      if (stepPart.status === 'unverified') step.status = 'unverified';
      return step;
    });
  }

  /** What the policies decide for one applicant's facts and documents. */
  outcomeFor(facts: Facts, provided: ReadonlySet<string>): Outcome {
    const winner = this.winnerIndex(facts);
    if (!this.store) return this.workOut(winner, facts, provided);
    const key = this.keyOf(winner, facts, provided);
    let outcome = this.outcomes.get(key);
    if (!outcome) {
      outcome = this.workOut(winner, facts, provided);
      if (this.store.admitOutcome()) this.outcomes.set(key, outcome);
    }
    return outcome;
  }

  /** The item of the result for an outcome of the type at `index`, adding its policy issues to `issues`. */
  resultOf(outcome: Outcome, index: number, facts: Facts, referenceDay: number | undefined, issues: IssueList): ItemResult {
    let planned = outcome.issuesAt[index];
    if (!planned) {
      planned = this.issuesOf(outcome, index, facts);
      if (this.store) outcome.issuesAt[index] = trimmed(planned);
    }
    for (const p of planned) issues.items.push('code' in p ? p : this.noticeIssue(p, index, facts));

    const steps = this.stepsOf(outcome, referenceDay);
    const item: ItemResult = {
      insurance: this.insurance,
      insuranceName: this.locale === 'en' ? this.names.en : this.names.zh,
      decision: outcome.decision,
      reasons: outcome.reasons as Reason[],
      conditions: outcome.conditions as ConditionOutcome[],
      requiredDocuments: outcome.requiredDocuments as RequiredDocument[],
      steps,
    };
    if (outcome.provisionalDecision) item.provisionalDecision = outcome.provisionalDecision;
    if (outcome.applyAt) item.applyAt = outcome.applyAt;
    const last = steps[steps.length - 1];
    if (last?.due) item.estimatedCompletion = last.due;
    return item;
  }
}

function isProvided(part: { kind: string; alternatives?: string[] | undefined }, provided: ReadonlySet<string>): boolean {
  if (provided.has(part.kind)) return true;
  const alternatives = part.alternatives;
  if (alternatives) for (let i = 0; i < alternatives.length; i++) if (provided.has(alternatives[i]!)) return true;
  return false;
}
