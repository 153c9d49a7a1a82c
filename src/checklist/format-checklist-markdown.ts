/**
 * formatChecklistMarkdown(): the checklist an HR officer hands an employee, in Markdown — per
 * insurance type what happens, the documents to prepare (issuer, seal, format), where to go, each
 * step with its due date, and the legal source. Works on a validation result (with the employee's
 * documents ticked and due dates) and on a route explanation (what the rules say, no applicant).
 */
import type { ExplainedItem, RouteExplanation } from '../explain-route.js';
import type { Issue, Locale, Source } from '../issues.js';
import { formatBytes } from '../material/format-bytes.js';
import { DECISION_NAMES, ISSUER_NAMES, type Issuer } from '../policy/vocabulary.js';
import type { DocumentTerms, ItemResult, RouteEndResult, TransferResult } from '../result.js';

interface Words {
  title: string;
  applicationDate: string;
  ruleDate: string;
  version: string;
  ready: string;
  notReady: (n: number) => string;
  basis: string;
  whereToGo: string;
  documents: string;
  steps: string;
  stepHeader: string[];
  workingDays: (n: number | undefined) => string;
  completion: string;
  outcomes: string;
  otherwise: string;
  issues: string;
  suggestion: string;
  issuedBy: string;
  seal: string;
  noSeal: string;
  formats: string;
  atMost: string;
  or: string;
  unverified: string;
  sourceUnverified: string;
  provisional: string;
  nothingToDo: string;
  unknownPlace: string;
  origin: string;
  destination: string;
  severity: Record<Issue['severity'], string>;
  /** Punctuation: Chinese full-width, English half-width. */
  colon: string;
  open: string;
  close: string;
  semi: string;
  comma: string;
}

const ZH: Words = {
  title: '五险一金转移办理清单',
  applicationDate: '申请日期',
  ruleDate: '政策日期',
  version: '规则版本',
  ready: '✅ 申请信息无误，材料齐全后即可提交。',
  notReady: (n) => `⚠️ 还有 ${n} 处错误需要先改正（见文末「需要处理的问题」）。`,
  basis: '依据',
  whereToGo: '办理地点',
  documents: '需要准备的材料',
  steps: '办理步骤',
  stepHeader: ['#', '步骤', '办理方', '时限', '截止日期', '依据'],
  workingDays: (n) => (n === undefined ? '时限未公布' : `${n} 个工作日`),
  completion: '预计办结',
  outcomes: '可能的结论',
  otherwise: '其余情形',
  issues: '需要处理的问题',
  suggestion: '建议',
  issuedBy: '出具',
  seal: '须加盖公章',
  noSeal: '无需盖章',
  formats: '格式',
  atMost: '不超过',
  or: ' 或 ',
  unverified: '（待与当地经办机构核实）',
  sourceUnverified: '（出处待核实）',
  provisional: '暂定',
  nothingToDo: '无需提交材料，也无需办理步骤。',
  unknownPlace: '（地区未能识别）',
  origin: '原参保地',
  destination: '现参保地',
  severity: { error: '❌ 错误', warning: '⚠️ 注意', info: 'ℹ️ 提示' },
  colon: '：',
  open: '（',
  close: '）',
  semi: '；',
  comma: '，',
};

const EN: Words = {
  title: 'Checklist for the transfer of social insurance and housing fund',
  applicationDate: 'Application date',
  ruleDate: 'Rules as of',
  version: 'Rule set',
  ready: '✅ The application is correct: submit it once every document is ready.',
  notReady: (n) => `⚠️ ${n} error${n === 1 ? '' : 's'} to correct first (see "Issues to resolve" at the end).`,
  basis: 'Basis',
  whereToGo: 'Where to go',
  documents: 'Documents to prepare',
  steps: 'Steps',
  stepHeader: ['#', 'Step', 'Who', 'Time limit', 'Due', 'Basis'],
  workingDays: (n) => (n === undefined ? 'no published time limit' : `${n} working day${n === 1 ? '' : 's'}`),
  completion: 'Expected completion',
  outcomes: 'Possible outcomes',
  otherwise: 'otherwise',
  issues: 'Issues to resolve',
  suggestion: 'Suggestion',
  issuedBy: 'issued by',
  seal: 'official seal required',
  noSeal: 'no seal needed',
  formats: 'formats',
  atMost: 'at most',
  or: ' or ',
  unverified: ' (to be confirmed with the local agency)',
  sourceUnverified: ' (citation to be confirmed)',
  provisional: 'provisionally',
  nothingToDo: 'Nothing to hand in and no steps to take.',
  unknownPlace: '(region not recognised)',
  origin: 'origin',
  destination: 'destination',
  severity: { error: '❌ Error', warning: '⚠️ Note', info: 'ℹ️ Info' },
  colon: ': ',
  open: ' (',
  close: ')',
  semi: '; ',
  comma: ', ',
};

/** Text safe inside Markdown, tables included: the characters that would start markup are escaped. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

function placeName(end: RouteEndResult | null, w: Words): string {
  if (!end) return w.unknownPlace;
  return [end.province, end.city, end.level === 'county' ? end.name : undefined]
    .filter((p, i, all) => p !== undefined && all.indexOf(p) === i)
    .join('');
}

function cite(source: Source, w: Words): string {
  const text = [source.document, source.article].filter(Boolean).join(' ');
  return md(source.verified === false ? `${text}${w.sourceUnverified}` : text);
}

/** Where the person goes: the agency the policy names, at the end of the route it belongs to. */
function whereToGo(actor: Issuer | undefined, route: TransferResult['route'], w: Words, lang: 'zh' | 'en'): string | undefined {
  if (!actor) return undefined;
  const end = actor.startsWith('origin') ? route.from : actor.startsWith('destination') ? route.to : undefined;
  const name = ISSUER_NAMES[actor][lang];
  return end === undefined ? md(name) : `${md(name)}${w.open}${md(placeName(end, w))}${w.close}`;
}

function documentLine(doc: DocumentTerms & { source?: Source; status?: 'unverified'; note?: string }, w: Words, box?: boolean): string {
  const names = [doc.name, ...(doc.alternatives ?? []).map((a) => a.name)].map(md).join(w.or);
  const terms = [
    `${w.issuedBy}${w.colon}${md(doc.issuerName)}`,
    doc.sealRequired ? w.seal : w.noSeal,
    `${w.formats} ${doc.formats.map((f) => f.toUpperCase()).join('/')}${w.comma}${w.atMost} ${formatBytes(doc.maxSizeBytes)}`,
  ];
  const basis = doc.source ? `${w.open}${w.basis}${w.colon}${cite(doc.source, w)}${w.close}` : '';
  const flag = doc.status === 'unverified' ? w.unverified : '';
  const note = doc.note ? `\n  ${md(doc.note)}` : '';
  const mark = box === undefined ? '-' : `- [${box ? 'x' : ' '}]`;
  return `${mark} **${names}** — ${terms.join(w.semi)}${basis}${flag}${note}`;
}

function stepTable(
  steps: { name: string; actor: Issuer; workingDays?: number | undefined; due?: string; source: Source; status?: 'unverified' }[],
  w: Words,
  lang: 'zh' | 'en',
  withDue: boolean,
): string[] {
  const header = withDue ? w.stepHeader : w.stepHeader.filter((_, i) => i !== 4);
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  steps.forEach((s, i) => {
    const cells = [
      String(i + 1),
      `${md(s.name)}${s.status === 'unverified' ? w.unverified : ''}`,
      md(ISSUER_NAMES[s.actor][lang]),
      w.workingDays(s.workingDays),
      ...(withDue ? [s.due ?? '—'] : []),
      cite(s.source, w),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  });
  return lines;
}

function resultItem(item: ItemResult, result: TransferResult, w: Words, lang: 'zh' | 'en'): string[] {
  const provisional = item.provisionalDecision ? `${w.open}${w.provisional}${w.colon}${DECISION_NAMES[item.provisionalDecision][lang]}${w.close}` : '';
  const lines = ['', `## ${md(item.insuranceName)}${w.colon}${DECISION_NAMES[item.decision][lang]}${provisional}`, ''];
  for (const reason of item.reasons) {
    lines.push(`${w.basis}${w.colon}${cite(reason.source, w)} — ${md(reason.message)}${reason.status === 'unverified' ? w.unverified : ''}`, '');
  }
  const where = whereToGo(item.applyAt, result.route, w, lang);
  if (where) lines.push(`**${w.whereToGo}**${w.colon}${where}`, '');
  if (item.requiredDocuments.length > 0) {
    lines.push(`**${w.documents}**`, '');
    for (const doc of item.requiredDocuments) lines.push(documentLine(doc, w, doc.provided));
    lines.push('');
  }
  if (item.steps.length > 0) {
    lines.push(`**${w.steps}**`, '', ...stepTable(item.steps, w, lang, true), '');
  }
  if (item.requiredDocuments.length === 0 && item.steps.length === 0) lines.push(w.nothingToDo, '');
  if (item.estimatedCompletion) lines.push(`${w.completion}${w.colon}**${item.estimatedCompletion}**`, '');
  return lines;
}

function explainedItem(item: ExplainedItem, explanation: RouteExplanation, w: Words, lang: 'zh' | 'en'): string[] {
  const lines = ['', `## ${md(item.insuranceName)}`, '', `**${w.outcomes}**`, ''];
  for (const rule of item.rules) {
    const when = rule.when ? md(rule.when) : w.otherwise;
    lines.push(`- ${when} → **${rule.decisionName}**${rule.status === 'unverified' ? w.unverified : ''}${w.colon}${md(rule.message)}${w.open}${cite(rule.source, w)}${w.close}`);
  }
  lines.push('');
  const where = whereToGo(item.applyAt, explanation.route, w, lang);
  if (where) lines.push(`**${w.whereToGo}**${w.colon}${where}`, '');
  if (item.documents.length > 0) {
    lines.push(`**${w.documents}**`, '');
    for (const doc of item.documents) lines.push(documentLine(doc, w, false));
    lines.push('');
  }
  if (item.steps.length > 0) lines.push(`**${w.steps}**`, '', ...stepTable(item.steps, w, lang, false), '');
  return lines;
}

function issueLines(issues: Issue[], w: Words): string[] {
  if (issues.length === 0) return [];
  const lines = ['', `## ${w.issues}`, ''];
  for (const issue of issues) {
    // The messages name their field as the form does; the path is for developers (issue.detail).
    lines.push(`- ${w.severity[issue.severity]}${w.colon}${md(issue.message)}`);
    if (issue.suggestion) lines.push(`  ${w.suggestion}${w.colon}${md(issue.suggestion)}`);
  }
  return lines;
}

function isExplanation(value: TransferResult | RouteExplanation): value is RouteExplanation {
  return Array.isArray(value.items) && value.items.some((item) => 'rules' in item);
}

/**
 * The Markdown checklist of a validation result or a route explanation.
 * @example writeFileSync('checklist.md', formatChecklistMarkdown(validateTransfer(app, { today })));
 */
export function formatChecklistMarkdown(result: TransferResult | RouteExplanation, locale: Locale = 'zh-CN'): string {
  const w = locale === 'en' ? EN : ZH;
  const lang = locale === 'en' ? 'en' : 'zh';
  const lines = [`# ${w.title}`, '', `**${md(placeName(result.route.from, w))} → ${md(placeName(result.route.to, w))}**`, ''];
  const explanation = isExplanation(result) ? result : undefined;
  const date = explanation ? explanation.date : (result as TransferResult).referenceDate;
  if (date) lines.push(`${explanation ? w.ruleDate : w.applicationDate}${w.colon}${date}  `);
  lines.push(`${w.version}${w.colon}${md(result.policyVersion)}`, '');
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  if (!explanation) lines.push(errors === 0 ? w.ready : w.notReady(errors));
  if (explanation) for (const item of explanation.items) lines.push(...explainedItem(item, explanation, w, lang));
  else for (const item of (result as TransferResult).items) lines.push(...resultItem(item, result as TransferResult, w, lang));
  lines.push(...issueLines(result.issues, w));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
