/** The readable report of the CLI: decisions, a document checklist, steps with due dates, issues. */
import type { RouteExplanation } from '../explain-route.js';
import type { Issue, Locale, Source } from '../issues.js';
import { ID_KIND_NAMES } from '../identity/id-kinds.js';
import { DECISION_NAMES, type Decision } from '../policy/vocabulary.js';
import type { RouteEndResult, TransferResult } from '../result.js';

interface Words {
  route: string;
  applicationDate: string;
  version: string;
  ok: string;
  notOk: (n: number) => string;
  basis: string;
  documents: string;
  steps: string;
  workingDays: (n: number | undefined) => string;
  due: string;
  completion: string;
  issues: string;
  suggestion: string;
  or: string;
  seal: string;
  unverified: string;
  unknownRegion: string;
  when: string;
  otherwise: string;
  sourceUnverified: string;
  overlay: string;
  serves: string;
  heldBy: (cards: string[]) => string;
}

const ZH: Words = {
  route: '转移路线',
  applicationDate: '申请日期',
  version: '规则版本',
  ok: '✔ 申请材料齐全、信息无误，可以提交',
  notOk: (n) => `✘ 有 ${n} 处错误需要修改后才能提交`,
  basis: '依据',
  documents: '材料',
  steps: '办理步骤',
  workingDays: (n) => (n === undefined ? '时限未公布' : `${n} 个工作日`),
  due: '截止',
  completion: '预计办结',
  issues: '问题',
  suggestion: '建议',
  or: ' 或 ',
  seal: '需加盖公章',
  unverified: '待核实',
  unknownRegion: '（无法识别）',
  when: '条件',
  otherwise: '其余情形',
  sourceUnverified: '出处待核实',
  overlay: '叠加规则',
  serves: '用于',
  heldBy: (cards) => `持${cards.join('、')}者`,
};

const EN: Words = {
  route: 'Route',
  applicationDate: 'Application date',
  version: 'Rule set',
  ok: '✔ Complete and correct: ready to submit',
  notOk: (n) => `✘ ${n} error${n === 1 ? '' : 's'} to fix before submitting`,
  basis: 'Basis',
  documents: 'Documents',
  steps: 'Steps',
  workingDays: (n) => (n === undefined ? 'no published time limit' : `${n} working day${n === 1 ? '' : 's'}`),
  due: 'due',
  completion: 'Expected completion',
  issues: 'Issues',
  suggestion: 'Suggestion',
  or: ' or ',
  seal: 'official seal required',
  unverified: 'to be confirmed',
  unknownRegion: '(not recognised)',
  when: 'When',
  otherwise: 'Otherwise',
  sourceUnverified: 'citation to be confirmed',
  overlay: 'overlay',
  serves: 'for',
  heldBy: (cards) => `holders of ${cards.join(', ')}`,
};

function words(locale: Locale): Words {
  return locale === 'en' ? EN : ZH;
}

function place(end: RouteEndResult | null, w: Words): string {
  if (!end) return w.unknownRegion;
  return [end.province, end.city, end.level === 'county' ? end.name : undefined]
    .filter((p, i, all) => p !== undefined && all.indexOf(p) === i)
    .join('');
}

export function formatSource(source: Source, w: Words = ZH): string {
  const parts = [source.document, source.article].filter(Boolean).join(' ');
  return source.verified === false ? `${parts}（${w.sourceUnverified}）` : parts;
}

const SEVERITY_MARK = { error: '✘', warning: '⚠', info: 'ℹ' } as const;

function formatIssues(issues: Issue[], w: Words): string[] {
  if (issues.length === 0) return [];
  const lines = ['', `${w.issues}:`];
  for (const issue of issues) {
    const at = issue.path.length > 0 ? ` ${issue.path.join('.')}` : '';
    lines.push(`  ${SEVERITY_MARK[issue.severity]} [${issue.code}]${at} ${issue.message}`);
    if (issue.suggestion) lines.push(`      ${w.suggestion}: ${issue.suggestion}`);
  }
  return lines;
}

/** The text report of a validation result. */
export function formatTransferReport(result: TransferResult, locale: Locale = 'zh-CN'): string {
  const w = words(locale);
  const lang = locale === 'en' ? 'en' : 'zh';
  const lines: string[] = [];
  lines.push(`${w.route}: ${place(result.route.from, w)} → ${place(result.route.to, w)}`);
  if (result.referenceDate) lines.push(`${w.applicationDate}: ${result.referenceDate}`);
  lines.push(`${w.version}: ${result.policyVersion}`);
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  lines.push(result.ok ? w.ok : w.notOk(errors));
  for (const item of result.items) {
    lines.push('');
    const provisional = item.provisionalDecision ? ` (${DECISION_NAMES[item.provisionalDecision][lang]}?)` : '';
    lines.push(`【${item.insuranceName}】${DECISION_NAMES[item.decision][lang]}${provisional}`);
    for (const reason of item.reasons) {
      const flag = reason.status === 'unverified' ? ` [${w.unverified}]` : '';
      lines.push(`  ${w.basis}: ${formatSource(reason.source, w)}${flag} — ${reason.message}`);
    }
    if (item.requiredDocuments.length > 0) {
      lines.push(`  ${w.documents}:`);
      for (const doc of item.requiredDocuments) {
        const names = [locale === 'en' ? doc.nameEn : doc.name, ...(doc.alternatives ?? []).map((a) => (locale === 'en' ? a.nameEn : a.name))].join(w.or);
        const notes = [doc.issuerName, doc.sealRequired ? w.seal : '', doc.status === 'unverified' ? w.unverified : ''].filter(Boolean).join('，');
        lines.push(`    ${doc.provided ? '✓' : '✗'} ${names}（${notes}）`);
      }
    }
    if (item.steps.length > 0) {
      lines.push(`  ${w.steps}:`);
      item.steps.forEach((step, i) => {
        const due = step.due ? `，${w.due} ${step.due}` : '';
        const flag = step.status === 'unverified' ? ` [${w.unverified}]` : '';
        lines.push(`    ${i + 1}. ${step.name}（${w.workingDays(step.workingDays)}${due}）${flag}`);
      });
    }
    if (item.estimatedCompletion) lines.push(`  ${w.completion}: ${item.estimatedCompletion}`);
  }
  lines.push(...formatIssues(result.issues, w));
  return lines.join('\n');
}

/** Which overlay file a part comes from: the one thing a maintainer checking an overlay needs to see. */
function fromOverlay(part: { overlay?: true; file: string }, w: Words): string {
  return part.overlay ? ` [${w.overlay}: ${part.file}]` : '';
}

/** The text of `shebao-transfer explain`. */
export function formatExplanation(explanation: RouteExplanation, locale: Locale = 'zh-CN'): string {
  const w = words(locale);
  const lang = locale === 'en' ? 'en' : 'zh';
  const lines: string[] = [];
  lines.push(`${w.route}: ${place(explanation.route.from, w)} → ${place(explanation.route.to, w)}`);
  if (explanation.date) lines.push(`${w.applicationDate}: ${explanation.date}`);
  lines.push(`${w.version}: ${explanation.policyVersion}`);
  for (const item of explanation.items) {
    lines.push('', `【${item.insuranceName}】`);
    for (const p of item.policies) {
      const file = p.overlay ? `${w.overlay} ${p.file}` : p.file;
      lines.push(`  ${w.basis}: ${p.title} — ${formatSource(p.source, w)}${p.status === 'unverified' ? ` [${w.unverified}]` : ''} (${file})`);
    }
    for (const rule of item.rules) {
      const flag = rule.status === 'unverified' ? ` [${w.unverified}]` : '';
      lines.push(`  • ${rule.when ? `${w.when}: ${rule.when}` : w.otherwise} → ${rule.decisionName}${flag}`);
      lines.push(`      ${rule.message}（${formatSource(rule.source, w)}）${fromOverlay(rule, w)}`);
    }
    if (item.documents.length > 0) {
      lines.push(`  ${w.documents}:`);
      for (const doc of item.documents) {
        const names = [doc.name, ...(doc.alternatives ?? []).map((a) => a.name)].join(w.or);
        const notes = [doc.issuerName, doc.sealRequired ? w.seal : '', doc.status === 'unverified' ? w.unverified : ''].filter(Boolean).join('，');
        const holders = doc.heldBy ? ` [${w.heldBy(doc.heldBy.map((k) => ID_KIND_NAMES[k][lang]))}]` : '';
        lines.push(`    - ${names}（${notes}）${holders}${serves(doc.forDecisions, w, lang)} — ${formatSource(doc.source, w)}${fromOverlay(doc, w)}`);
      }
    }
    if (item.steps.length > 0) {
      lines.push(`  ${w.steps}:`);
      item.steps.forEach((step, i) => {
        const flag = step.status === 'unverified' ? ` [${w.unverified}]` : '';
        lines.push(`    ${i + 1}. ${step.name}（${step.actorName}，${w.workingDays(step.workingDays)}）${flag}${serves(step.forDecisions, w, lang)} — ${formatSource(step.source, w)}${fromOverlay(step, w)}`);
      });
    }
  }
  lines.push(...formatIssues(explanation.issues, w));
  return lines.join('\n');
}

/** Which decisions a document or step of an explanation serves: [用于：办理转移接续]. */
function serves(decisions: readonly Decision[] | undefined, w: Words, lang: 'zh' | 'en'): string {
  if (!decisions) return '';
  return ` [${w.serves}${lang === 'en' ? ': ' : '：'}${decisions.map((d) => DECISION_NAMES[d][lang]).join(lang === 'en' ? ', ' : '、')}]`;
}
