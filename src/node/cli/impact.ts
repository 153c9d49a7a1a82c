/**
 * shebao-transfer impact --overlay DIR <applications.ndjson|cases.ndjson|cases.json>: what the
 * overlay changes for each application or open case, grouped by kind of change.
 */
import { getBundledPolicies } from '../../policy/bundled-policies.js';
import type { Locale } from '../../issues.js';
import { createImpactComparison, type ImpactReport } from '../../impact/compare-policies.js';
import type { ChangeKind } from '../../impact/diff-results.js';
import { readJsonEntries, UnreadableInputError } from '../read-ndjson.js';
import { badLineReason, say } from './words.js';
import { checkDate, EXIT, localeOf, localToday, outputFormat, policiesFrom, readText, UsageError, write, type Values } from './shared.js';

const KIND_NAMES: Record<ChangeKind, { zh: string; en: string }> = {
  decision: { zh: '结论', en: 'decision' },
  documents: { zh: '材料', en: 'documents' },
  steps: { zh: '步骤', en: 'steps' },
  'due-dates': { zh: '办结日期', en: 'completion date' },
  errors: { zh: '错误', en: 'errors' },
  notices: { zh: '提示', en: 'notices' },
};

const SHOWN_IDS = 20;

function formatReport(report: ImpactReport, locale: Locale): string {
  const en = locale === 'en';
  const lines: string[] = [];
  lines.push(
    en
      ? `Impact of the rule change: ${report.before.version} → ${report.after.version} (judged on ${report.today})`
      : `规则变更的影响：${report.before.version} → ${report.after.version}（按 ${report.today} 判断）`,
  );
  lines.push(
    en
      ? `${report.compared} compared: ${report.changed} changed, ${report.unchanged} unchanged; ${report.closed} closed cases skipped; ${report.invalid.length} unreadable`
      : `比较 ${report.compared} 件：有变化 ${report.changed} 件，无变化 ${report.unchanged} 件；已办结或撤回未比较 ${report.closed} 件；无法读取 ${report.invalid.length} 条`,
  );
  for (const group of report.groups) {
    const kind = KIND_NAMES[group.kind][en ? 'en' : 'zh'];
    lines.push('', en ? `[${kind}] ${group.descriptionEn} — ${group.count}` : `【${kind}】${group.description} — ${group.count} 件`);
    const more = group.count - Math.min(group.ids.length, SHOWN_IDS);
    const ids = group.ids.slice(0, SHOWN_IDS).join(en ? ', ' : '、');
    lines.push(`  ${ids}${more > 0 ? (en ? ` and ${more} more` : ` 等，另有 ${more} 件`) : ''}`);
  }
  if (report.invalid.length > 0) {
    lines.push('', en ? 'Unreadable:' : '无法读取：');
    for (const bad of report.invalid) {
      const line = /^line (\d+)$/.exec(bad.id ?? '')?.[1];
      const where = line ? say('line', { line }, locale) : bad.id ?? `#${bad.index + 1}`;
      lines.push(`  ${where}${en ? ': ' : '：'}${bad.reason}`);
    }
  }
  if (report.groups.length === 0) lines.push('', en ? 'Nothing changes.' : '没有任何变化。');
  return lines.join('\n');
}

export async function runImpact(positionals: string[], values: Values): Promise<number> {
  if (positionals.length !== 1) throw new UsageError(say('impact-one-file'));
  if (typeof values.overlay !== 'string') throw new UsageError(say('impact-needs-overlay'));
  const locale = localeOf(values.lang);
  const format = outputFormat(values, ['text', 'json']);
  const today = checkDate(values.today, 'today') ?? localToday();
  const after = policiesFrom(values, locale)!;
  const before = policiesFrom({ rules: values.rules }, locale) ?? getBundledPolicies();
  const file = positionals[0]!;
  const comparison = createImpactComparison(before, after, { today });
  try {
    await readJsonEntries(file, {
      value: (value, line) => comparison.add(value, `line ${line}`),
      bad: (line, reason) => comparison.addInvalid(badLineReason(reason, locale), `line ${line}`),
      readWhole: readText,
    });
  } catch (error) {
    if (error instanceof UnreadableInputError) throw new UsageError(error.messageIn(locale));
    throw error;
  }
  const report = comparison.result();
  write(format === 'json' ? JSON.stringify(report, null, 2) : formatReport(report, locale));
  return EXIT.ok;
}
