/**
 * Decides one insurance type: the first decision rule whose condition holds, then the documents
 * and procedure steps that decision needs, with due dates in Chinese working days.
 */
import { INSURANCE_NAMES, type InsuranceType } from '../application/insurance-types.js';
import { fromDayNumber } from '../calendar/iso-date.js';
import type { IssueList, Locale } from '../issues.js';
import type { CompiledPart, PolicySet } from '../policy/compile-policies.js';
import type { SelectedParts } from '../policy/select-parts.js';
import type { Decision } from '../policy/vocabulary.js';
import type { ConditionOutcome, ItemResult, Reason, RequiredDocument, StepResult } from '../result.js';
import { fillTemplate } from '../fill-template.js';
import { documentTerms } from './document-terms.js';
import type { Facts } from './facts.js';

/** Documents and steps serve these decisions unless a part says otherwise. */
const ACTIVE_DECISIONS: readonly Decision[] = ['transfer', 'temporary-account', 'needs-review'];

export interface ItemContext {
  set: PolicySet;
  facts: Facts;
  /** Kinds of the materials provided. */
  provided: Set<string>;
  /** Due dates count from this day number (see calendar/iso-date); none without a reference date. */
  referenceDay: number | undefined;
  locale: Locale;
  issues: IssueList;
  /** The index of the insurance type in the application, for issue paths. */
  path: (string | number)[];
}

function applies(part: CompiledPart<{ forDecisions?: Decision[] | undefined }>, facts: Facts, decision: Decision): boolean {
  const decisions = part.part.forDecisions ?? ACTIVE_DECISIONS;
  return decisions.includes(decision) && (part.predicate === undefined || part.predicate(facts));
}

/** A notice's text with `{fact}` replaced by the fact's value. */
function withFacts(text: string, facts: Facts): string {
  return fillTemplate(text, (name) => {
    const value = facts[name as keyof Facts];
    return value === null || value === undefined ? undefined : String(value);
  });
}

function reportUnverified(ctx: ItemContext, insurance: InsuranceType, part: CompiledPart<{ id: string }>): void {
  const names = INSURANCE_NAMES[insurance];
  ctx.issues.add(
    'policy.unverified',
    ctx.path,
    { insuranceName: names.zh, insuranceNameEn: names.en, rule: part.part.id },
    { ruleId: part.part.id, source: part.source },
  );
}

export function evaluateItem(insurance: InsuranceType, selected: SelectedParts, ctx: ItemContext): ItemResult {
  const { facts, locale } = ctx;
  const names = INSURANCE_NAMES[insurance];
  const conditions: ConditionOutcome[] = [];
  const reasons: Reason[] = [];
  let decision: Decision = 'needs-review';
  let provisionalDecision: Decision | undefined;

  const winner = selected.decisions.find((rule) => {
    const met = rule.predicate === undefined || rule.predicate(facts);
    conditions.push({ ruleId: rule.part.id, decision: rule.part.decision, met });
    return met;
  });
  if (winner) {
    decision = winner.part.decision;
    const reason: Reason = {
      ruleId: winner.part.id,
      decision: winner.part.decision,
      message: locale === 'en' ? winner.part.messageEn : winner.part.message,
      messageEn: winner.part.messageEn,
      source: winner.source,
    };
    if (winner.status === 'unverified') {
      reason.status = 'unverified';
      if (decision !== 'needs-review') provisionalDecision = decision;
      decision = 'needs-review';
      reportUnverified(ctx, insurance, winner);
    }
    reasons.push(reason);
  } else {
    ctx.issues.add('policy.no-decision', ctx.path, { insuranceName: names.zh, insuranceNameEn: names.en });
  }

  const requiredDocuments: RequiredDocument[] = [];
  for (const requirement of selected.materials) {
    if (!applies(requirement, facts, decision)) continue;
    const { part } = requirement;
    const doc = documentTerms(part, ctx.set.materials, locale) as RequiredDocument;
    doc.provided = ctx.provided.has(part.kind) || (part.alternatives ?? []).some((k) => ctx.provided.has(k));
    doc.ruleId = part.id;
    doc.source = requirement.source;
    const note = locale === 'en' ? part.noteEn : part.note;
    if (note) doc.note = note;
    if (requirement.status === 'unverified') {
      doc.status = 'unverified';
      reportUnverified(ctx, insurance, requirement);
    }
    requiredDocuments.push(doc);
  }

  const steps: StepResult[] = [];
  let dueDay = ctx.referenceDay;
  for (const stepPart of selected.steps) {
    if (!applies(stepPart, facts, decision)) continue;
    const { part } = stepPart;
    if (dueDay !== undefined) dueDay = ctx.set.calendar.addWorkingDayNumbers(dueDay, part.workingDays);
    const step: StepResult = {
      step: stepPart.name,
      name: locale === 'en' ? part.nameEn : part.name,
      nameEn: part.nameEn,
      actor: part.actor,
      workingDays: part.workingDays,
      ruleId: part.id,
      source: stepPart.source,
    };
    if (dueDay !== undefined) step.due = fromDayNumber(dueDay);
    if (stepPart.status === 'unverified') {
      step.status = 'unverified';
      reportUnverified(ctx, insurance, stepPart);
    }
    steps.push(step);
  }

  for (const notice of selected.notices) {
    if (!applies(notice, facts, decision)) continue;
    const { part } = notice;
    ctx.issues.add(
      'policy.notice',
      part.at ?? ctx.path,
      {
        message: withFacts(part.message, facts),
        messageEn: withFacts(part.messageEn, facts),
        suggestion: withFacts(part.suggestion, facts),
        suggestionEn: withFacts(part.suggestionEn, facts),
      },
      { severity: part.severity, ruleId: part.id, source: notice.source },
    );
  }

  const item: ItemResult = {
    insurance,
    insuranceName: locale === 'en' ? names.en : names.zh,
    decision,
    reasons,
    conditions,
    requiredDocuments,
    steps,
  };
  if (provisionalDecision) item.provisionalDecision = provisionalDecision;
  const applyAt = ACTIVE_DECISIONS.includes(decision) ? selected.applyAt : undefined;
  if (applyAt) item.applyAt = applyAt;
  const last = steps[steps.length - 1];
  if (last?.due) item.estimatedCompletion = last.due;
  return item;
}
