/**
 * What differs between two validations of one application: per insurance type the decision, the
 * required documents, the steps and their due dates; and the errors and policy notices that
 * appeared or vanished.
 */
import { INSURANCE_NAMES, isInsuranceType } from '../application/insurance-types.js';
import type { Issue } from '../issues.js';
import { DECISION_NAMES, type Decision } from '../policy/vocabulary.js';
import type { ItemResult, TransferResult } from '../result.js';

export const CHANGE_KINDS = ['decision', 'documents', 'steps', 'due-dates', 'errors', 'notices'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One change in one application. `key` groups the same change across applications. */
export interface ResultChange {
  kind: ChangeKind;
  key: string;
  /** The change in words, Chinese and English. */
  description: string;
  descriptionEn: string;
  insurance?: string;
  before?: string;
  after?: string;
}

function insuranceName(insurance: string): { zh: string; en: string } {
  return isInsuranceType(insurance) ? INSURANCE_NAMES[insurance] : { zh: insurance, en: insurance };
}

function decisionName(decision: string): { zh: string; en: string } {
  return decision in DECISION_NAMES ? DECISION_NAMES[decision as Decision] : { zh: '（无）', en: '(none)' };
}

function byInsurance(result: TransferResult): Map<string, ItemResult> {
  return new Map(result.items.map((item) => [item.insurance, item]));
}

function itemChanges(insurance: string, a: ItemResult | undefined, b: ItemResult | undefined): ResultChange[] {
  const changes: ResultChange[] = [];
  const names = insuranceName(insurance);
  const change = (kind: ChangeKind, key: string, zh: string, en: string, values: { before?: string; after?: string }) =>
    changes.push({ kind, key: `${insurance}: ${key}`, description: `${names.zh}：${zh}`, descriptionEn: `${names.en}: ${en}`, insurance, ...values });

  const decisionA = a?.decision ?? 'none';
  const decisionB = b?.decision ?? 'none';
  if (decisionA !== decisionB) {
    const [da, db] = [decisionName(decisionA), decisionName(decisionB)];
    change('decision', `${decisionA} → ${decisionB}`, `结论由「${da.zh}」改为「${db.zh}」`, `decision ${da.en} → ${db.en}`, { before: decisionA, after: decisionB });
  }

  const docsA = new Map((a?.requiredDocuments ?? []).map((d) => [d.kind, d]));
  const docsB = new Map((b?.requiredDocuments ?? []).map((d) => [d.kind, d]));
  for (const [kind, d] of docsB) {
    if (!docsA.has(kind)) change('documents', `+${kind}`, `新增材料「${d.name}」`, `now requires the ${d.nameEn}`, { after: kind });
  }
  for (const [kind, d] of docsA) {
    if (!docsB.has(kind)) change('documents', `-${kind}`, `不再需要材料「${d.name}」`, `no longer requires the ${d.nameEn}`, { before: kind });
  }

  const stepsA = new Map((a?.steps ?? []).map((s) => [s.step, s]));
  const stepsB = new Map((b?.steps ?? []).map((s) => [s.step, s]));
  const limitZh = (n: number | undefined) => (n === undefined ? '时限未公布' : `${n} 个工作日`);
  const limitEn = (n: number | undefined) => (n === undefined ? 'no published time limit' : `${n} working days`);
  for (const [step, s] of stepsB) {
    const old = stepsA.get(step);
    if (!old) {
      change('steps', `+${step}`, `新增步骤「${s.name}」（${limitZh(s.workingDays)}）`, `new step "${s.nameEn}" (${limitEn(s.workingDays)})`, { after: step });
    } else if (old.workingDays !== s.workingDays) {
      change(
        'steps',
        `${step} ${old.workingDays ?? '?'} → ${s.workingDays ?? '?'}`,
        `步骤「${s.name}」时限由${limitZh(old.workingDays)}改为${limitZh(s.workingDays)}`,
        `step "${s.nameEn}" takes ${limitEn(s.workingDays)} instead of ${limitEn(old.workingDays)}`,
        { before: String(old.workingDays ?? ''), after: String(s.workingDays ?? '') },
      );
    }
  }
  for (const [step, s] of stepsA) {
    if (!stepsB.has(step)) change('steps', `-${step}`, `取消步骤「${s.name}」`, `no more step "${s.nameEn}"`, { before: step });
  }

  const endA = a?.estimatedCompletion;
  const endB = b?.estimatedCompletion;
  if (endA !== endB) {
    const direction = endA === undefined ? 'set' : endB === undefined ? 'cleared' : endB > endA ? 'later' : 'earlier';
    const zh = { set: '有了预计办结日期', cleared: '不再有预计办结日期', later: '预计办结日期推后', earlier: '预计办结日期提前' }[direction];
    const en = { set: 'an expected completion date now', cleared: 'no expected completion date any more', later: 'completes later', earlier: 'completes earlier' }[direction];
    change('due-dates', `completion ${direction}`, zh, en, { ...(endA !== undefined ? { before: endA } : {}), ...(endB !== undefined ? { after: endB } : {}) });
  }
  return changes;
}

/** Errors by code and path; notices and unverified rules by rule id. */
function issueKeys(issues: Issue[]): { errors: Set<string>; notices: Set<string> } {
  const errors = new Set<string>();
  const notices = new Set<string>();
  for (const issue of issues) {
    if (issue.severity === 'error') errors.add(issue.code);
    else if (issue.code.startsWith('policy.') && issue.ruleId) notices.add(`${issue.code} ${issue.ruleId}`);
  }
  return { errors, notices };
}

export function diffResults(before: TransferResult, after: TransferResult): ResultChange[] {
  const changes: ResultChange[] = [];
  const itemsA = byInsurance(before);
  const itemsB = byInsurance(after);
  for (const insurance of new Set([...itemsA.keys(), ...itemsB.keys()])) {
    changes.push(...itemChanges(insurance, itemsA.get(insurance), itemsB.get(insurance)));
  }
  const a = issueKeys(before.issues);
  const b = issueKeys(after.issues);
  for (const code of b.errors) {
    if (!a.errors.has(code)) changes.push({ kind: 'errors', key: `+${code}`, description: `新出现的错误 ${code}`, descriptionEn: `new error ${code}`, after: code });
  }
  for (const code of a.errors) {
    if (!b.errors.has(code)) changes.push({ kind: 'errors', key: `-${code}`, description: `不再出现的错误 ${code}`, descriptionEn: `error ${code} gone`, before: code });
  }
  for (const key of b.notices) {
    if (!a.notices.has(key)) changes.push({ kind: 'notices', key: `+${key}`, description: `新出现的提示 ${key}`, descriptionEn: `new notice ${key}`, after: key });
  }
  for (const key of a.notices) {
    if (!b.notices.has(key)) changes.push({ kind: 'notices', key: `-${key}`, description: `不再出现的提示 ${key}`, descriptionEn: `notice ${key} gone`, before: key });
  }
  return changes;
}
