/**
 * shebao-transfer stats <cases.json|cases.ndjson|-> [--from D] [--to D] [--now T] [--json] [--html FILE] [--lang en]:
 * the HR statistics over stored cases. NDJSON (and stdin) is read a line at a time, so a file of a
 * gigabyte never sits in memory; a line that is not JSON is counted as invalid and named on stderr.
 */
import { writeFileSync } from 'node:fs';
import { readJsonEntries, UnreadableInputError } from '../read-ndjson.js';
import type { Locale } from '../../issues.js';
import { createCaseSummary, type CaseStatistics } from '../../statistics/case-summary.js';
import { renderStatisticsHtml } from '../../statistics/render-statistics-html.js';
import { RETURN_REASON_NAMES } from '../../workflow/notifications.js';
import { normaliseInstant } from '../../workflow/china-time.js';
import { isIsoDate } from '../../calendar/iso-date.js';
import { INSURANCE_NAMES, type InsuranceType } from '../../application/insurance-types.js';
import { badLineReason, say } from './words.js';
import { checkDate, EXIT, isFolder, localeOf, outputFormat, readText, terminalSafe, UsageError, write, type Values } from './shared.js';

const round = (n: number | null, digits = 1) => (n === null ? '—' : String(Math.round(n * 10 ** digits) / 10 ** digits));

function formatStatistics(s: CaseStatistics, locale: Locale): string {
  const en = locale === 'en';
  const lines: string[] = [];
  const period = s.period.from || s.period.to ? `${s.period.from ?? '…'} – ${s.period.to ?? '…'}` : en ? 'all time' : '全部时间';
  lines.push(en ? `Transfer statistics (${period})` : `转移统计（${period}）`);
  lines.push(
    en
      ? `${s.cases} cases read (${s.invalid} not cases), ${s.submittedCases} submitted`
      : `读取案件 ${s.cases} 件（无法识别 ${s.invalid} 件），其中提交过 ${s.submittedCases} 件`,
  );
  lines.push('', en ? 'Month     submitted completed returned rejected withdrawn' : '月份      提交  办结  退回  驳回  撤回');
  for (const m of s.byMonth) {
    const cells = [m.submitted, m.completed, m.returned, m.rejected, m.withdrawn].map((n) => String(n).padStart(en ? 9 : 5));
    lines.push(`${m.month}  ${cells.join(en ? ' ' : ' ')}`);
  }
  lines.push('', en ? 'Routes (top 10):' : '转移路线（前 10 条）：');
  for (const r of s.byRoute.slice(0, 10)) lines.push(`  ${r.fromName} → ${r.toName}  ${r.cases}${en ? '' : ' 件'}`);
  const p = s.processing;
  lines.push(
    '',
    en
      ? `Processing (${p.completed} completed): mean ${round(p.meanWorkingDays)} working days, median ${round(p.medianWorkingDays)}, 90% within ${round(p.p90WorkingDays)}; mean ${round(p.meanCalendarDays)} calendar days, median ${round(p.medianCalendarDays)}`
      : `办理时长（办结 ${p.completed} 件）：平均 ${round(p.meanWorkingDays)} 个工作日，中位数 ${round(p.medianWorkingDays)}，90% 在 ${round(p.p90WorkingDays)} 个工作日内；平均 ${round(p.meanCalendarDays)} 天，中位数 ${round(p.medianCalendarDays)} 天`,
  );
  if (p.setAside > 0) {
    lines.push(
      en
        ? `  ${p.setAside} cases left out of the processing times: their history runs backwards in time`
        : `  另有 ${p.setAside} 件的办理记录时间倒序，未计入办理时长`,
    );
  }
  lines.push(en ? 'By insurance type:' : '各险种：');
  for (const i of s.byInsurance) {
    lines.push(en ? `  ${i.insurance}: ${i.items} items, ${i.completed} completed, mean ${round(i.meanWorkingDays)} working days` : `  ${i.insuranceName}：${i.items} 项，办结 ${i.completed} 项，平均 ${round(i.meanWorkingDays)} 个工作日`);
  }
  lines.push(en ? 'Returns and rejections:' : '退回与驳回原因：');
  for (const r of s.reasons) {
    const name = RETURN_REASON_NAMES[r.code][en ? 'en' : 'zh'];
    const source = en ? (r.source === 'hr' ? 'HR' : 'agency') : r.source === 'hr' ? 'HR 退回' : '经办机构驳回';
    lines.push(`  ${name}（${source}）${r.count}${en ? '' : ' 次'} ${round(r.share * 100)}%`);
  }
  if (s.overdue) {
    lines.push(en ? `Overdue: ${s.overdue.cases} cases, ${s.overdue.steps} steps` : `逾期：${s.overdue.cases} 件案件、${s.overdue.steps} 个步骤`);
    for (const o of s.overdue.list.slice(0, 10)) {
      const step = en ? o.nameEn || o.step : o.name || o.step;
      const insurance = Object.hasOwn(INSURANCE_NAMES, o.insurance) ? INSURANCE_NAMES[o.insurance as InsuranceType][en ? 'en' : 'zh'] : o.insurance;
      lines.push(en ? `  ${o.id ?? '—'}  ${insurance}, ${step}: due ${o.due}, ${o.workingDaysLate} working days late` : `  ${o.id ?? '—'}  ${insurance}：${step}，应于 ${o.due} 办结，已逾期 ${o.workingDaysLate} 个工作日`);
    }
    if (s.overdue.steps > 10) lines.push(en ? `  … ${s.overdue.steps - 10} more (see --json or --html)` : `  …… 另有 ${s.overdue.steps - 10} 个（见 --json 或 --html）`);
  }
  return lines.join('\n');
}

export async function runStats(positionals: string[], values: Values): Promise<number> {
  if (positionals.length !== 1) throw new UsageError(say('stats-one-file'));
  const locale = localeOf(values.lang);
  const format = outputFormat(values, ['text', 'json']);
  const from = checkDate(values.from, 'from');
  const to = checkDate(values.to, 'to');
  if (from && to && from > to) throw new UsageError(say('from-after-to', { from, to }));
  // A date alone is that day's start in China time.
  const given = typeof values.now === 'string' ? values.now : new Date().toISOString();
  const now = isIsoDate(given) ? `${given}T00:00:00+08:00` : given;
  if (!normaliseInstant(now)) throw new UsageError(say('bad-now', { value: given }));
  const html = typeof values.html === 'string' ? values.html : undefined;
  if (html !== undefined && isFolder(html)) throw new UsageError(say('html-is-folder', { file: html }));
  let summary;
  try {
    summary = createCaseSummary({ ...(from ? { from } : {}), ...(to ? { to } : {}), now });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const file = positionals[0]!;
  try {
    await readJsonEntries(file, {
      value: (v) => summary.add(v),
      bad: (line, reason) => {
        summary.add(undefined); // counted as invalid
        process.stderr.write(`shebao-transfer: ${terminalSafe(say('line-unreadable-counted', { line, reason: badLineReason(reason, locale) }, locale))}\n`);
      },
      readWhole: readText,
    });
  } catch (error) {
    if (error instanceof UnreadableInputError) throw new UsageError(error.messageIn(locale));
    throw error;
  }
  const result = summary.result();
  if (html !== undefined) {
    try {
      writeFileSync(html, renderStatisticsHtml(result, { locale }));
    } catch (error) {
      throw new UsageError(say('cannot-write', { file: html, detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
    }
    process.stderr.write(`shebao-transfer: ${terminalSafe(say('html-written', { file: html }, locale))}\n`);
  }
  write(format === 'json' ? JSON.stringify(result, null, 2) : formatStatistics(result, locale));
  return EXIT.ok;
}
