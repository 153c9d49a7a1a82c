/**
 * renderStatisticsHtml(): the statistics as one self-contained HTML page an HR manager opens by
 * double-click — headline figures, transfers per month, routes, processing time, reasons, overdue.
 * Charts are inline SVG drawn here; nothing is fetched (no scripts, fonts, stylesheets or images
 * from elsewhere), and the page prints on A4. Every figure carries `data-figure` with its place in
 * the summary, so that a test (or a host) can check the page against the numbers.
 */
import { RETURN_REASON_NAMES } from '../workflow/notifications.js';
import { INSURANCE_NAMES } from '../application/insurance-types.js';
import type { Locale } from '../issues.js';
import { chinaDate } from '../workflow/china-time.js';
import type { CaseStatistics, DayBucket } from './case-summary.js';

export interface RenderStatisticsOptions {
  locale?: Locale;
  /** The title above the report; 五险一金转移统计报告 by default. */
  title?: string;
  /** Routes shown in the ranked table (15 by default). */
  maxRoutes?: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (text: unknown) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A figure as shown: numbers rounded to one decimal for reading (the JSON keeps them whole). */
function shown(value: number | null, unit = ''): string {
  if (value === null) return '—';
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)}${unit}`;
}

function figure(path: string, value: number | null, unit = ''): string {
  return `<span data-figure="${esc(path)}" data-value="${value === null ? '' : value}">${esc(shown(value, unit))}</span>`;
}

interface Words {
  title: string;
  period: (from: string | null, to: string | null) => string;
  cases: string;
  submittedCases: string;
  completed: string;
  meanDays: string;
  medianDays: string;
  p90Days: string;
  calendarDays: string;
  setAside: (n: string) => string;
  overdue: string;
  overdueSteps: string;
  perMonth: string;
  month: string;
  submitted: string;
  returned: string;
  rejected: string;
  withdrawn: string;
  routes: string;
  route: string;
  processing: string;
  insurance: string;
  items: string;
  reasons: string;
  reason: string;
  source: string;
  count: string;
  share: string;
  hr: string;
  agency: string;
  none: string;
  days: string;
  invalid: string;
  notAsked: string;
  reportDate: string;
  overdueList: string;
  caseId: string;
  step: string;
  due: string;
  daysLate: string;
  listed: (shown: number, total: number) => string;
}

const ZH: Words = {
  title: '五险一金转移统计报告',
  period: (from, to) => (from || to ? `统计期间：${from ?? '最早'} 至 ${to ?? '最近'}` : '统计期间：全部'),
  cases: '案件总数',
  submittedCases: '已提交案件',
  completed: '已办结',
  meanDays: '平均办理（工作日）',
  medianDays: '中位数（工作日）',
  p90Days: '90% 办结于（工作日）',
  calendarDays: '平均办理（自然日）',
  setAside: (n) => `另有 ${n} 件的办理记录时间倒序，未计入办理时长。`,
  overdue: '逾期案件',
  overdueSteps: '逾期步骤',
  perMonth: '每月转移情况',
  month: '月份',
  submitted: '提交',
  returned: 'HR 退回',
  rejected: '经办机构驳回',
  withdrawn: '撤回',
  routes: '转移路线（省 → 省）',
  route: '路线',
  processing: '办理时长分布（工作日）',
  insurance: '险种',
  items: '事项',
  reasons: '退回与驳回原因',
  reason: '原因',
  source: '来源',
  count: '次数',
  share: '占比',
  hr: 'HR 退回',
  agency: '经办机构驳回',
  none: '暂无数据',
  days: '个工作日',
  invalid: '无法识别的记录',
  notAsked: '未统计',
  reportDate: '报告日期',
  overdueList: '逾期的步骤',
  caseId: '案件编号',
  step: '步骤',
  due: '应办结日期',
  daysLate: '已逾期（工作日）',
  listed: (shown, total) => `逾期最久的 ${shown} 个步骤，共 ${total} 个`,
};

const EN: Words = {
  title: 'Social insurance transfers: statistics',
  period: (from, to) => (from || to ? `Period: ${from ?? 'start'} to ${to ?? 'latest'}` : 'Period: all time'),
  cases: 'Cases',
  submittedCases: 'Submitted',
  completed: 'Completed',
  meanDays: 'Mean (working days)',
  medianDays: 'Median (working days)',
  p90Days: '90% done within (working days)',
  calendarDays: 'Mean (calendar days)',
  setAside: (n) => `${n} cases are left out of the processing times: their history runs backwards in time.`,
  overdue: 'Overdue cases',
  overdueSteps: 'Overdue steps',
  perMonth: 'Transfers per month',
  month: 'Month',
  submitted: 'Submitted',
  returned: 'Returned by HR',
  rejected: 'Rejected by agency',
  withdrawn: 'Withdrawn',
  routes: 'Routes (province → province)',
  route: 'Route',
  processing: 'Processing time (working days)',
  insurance: 'Insurance',
  items: 'Items',
  reasons: 'Reasons for returns and rejections',
  reason: 'Reason',
  source: 'By',
  count: 'Count',
  share: 'Share',
  hr: 'HR',
  agency: 'Agency',
  none: 'No data yet',
  days: ' working days',
  invalid: 'Records not read',
  notAsked: 'not computed',
  reportDate: 'Report date',
  overdueList: 'Overdue steps',
  caseId: 'Case',
  step: 'Step',
  due: 'Due',
  daysLate: 'Working days late',
  listed: (shown, total) => `The ${shown} most overdue of ${total} steps`,
};

const COLORS = { submitted: '#2f6fb3', completed: '#3a9a5b', returned: '#d48a1e', rejected: '#c4473a', withdrawn: '#8a8a8a' };

/** The axis top: 1, 2, 2.5 or 5 times a power of ten, at or above the largest value, in four even steps. */
function niceCeiling(value: number): number {
  const step = value / 4;
  const power = 10 ** Math.floor(Math.log10(step));
  const nice = [1, 2, 2.5, 5, 10].map((m) => m * power).find((m) => m >= step)!;
  return Math.ceil(nice) * 4;
}

/** Bars per month: submitted and completed side by side, with the axis scaled to the largest. */
function monthChart(s: CaseStatistics, w: Words): string {
  if (s.byMonth.length === 0) return `<p class="none">${esc(w.none)}</p>`;
  const width = 720;
  const height = 220;
  const left = 36;
  const bottom = 40;
  const max = niceCeiling(Math.max(1, ...s.byMonth.map((m) => Math.max(m.submitted, m.completed))));
  const slot = (width - left) / s.byMonth.length;
  const bar = Math.max(2, Math.min(18, slot / 2.6));
  const y = (v: number) => height - bottom - (v / max) * (height - bottom - 12);
  const parts: string[] = [];
  for (let t = 0; t <= 4; t++) {
    const value = (max * t) / 4;
    parts.push(`<line x1="${left}" x2="${width}" y1="${y(value)}" y2="${y(value)}" stroke="#e3e6ea"/><text x="${left - 6}" y="${y(value) + 4}" text-anchor="end" class="axis">${value}</text>`);
  }
  s.byMonth.forEach((m, i) => {
    const x = left + i * slot + slot / 2;
    parts.push(
      `<rect x="${x - bar - 1}" y="${y(m.submitted)}" width="${bar}" height="${y(0) - y(m.submitted)}" fill="${COLORS.submitted}"><title>${esc(m.month)} ${esc(w.submitted)} ${m.submitted}</title></rect>`,
      `<rect x="${x + 1}" y="${y(m.completed)}" width="${bar}" height="${y(0) - y(m.completed)}" fill="${COLORS.completed}"><title>${esc(m.month)} ${esc(w.completed)} ${m.completed}</title></rect>`,
    );
    if (s.byMonth.length <= 18 || i % 2 === 0) parts.push(`<text x="${x}" y="${height - bottom + 16}" text-anchor="middle" class="axis">${esc(m.month.slice(2))}</text>`);
  });
  const legend = [
    [w.submitted, COLORS.submitted],
    [w.completed, COLORS.completed],
  ]
    .map(([label, color], i) => `<rect x="${left + i * 110}" y="${height - 14}" width="10" height="10" fill="${color}"/><text x="${left + i * 110 + 14}" y="${height - 5}" class="axis">${esc(label)}</text>`)
    .join('');
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(w.perMonth)}">${parts.join('')}${legend}</svg>`;
}

/** Horizontal bars for a list of (label, value) pairs, scaled to the largest. */
function barRows(rows: { label: string; value: number; figure: string; note?: string }[], color: string, unit = ''): string {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return rows
    .map(
      (r) => `<tr><th scope="row">${esc(r.label)}</th><td class="num">${figure(r.figure, r.value, unit)}</td>` +
        `<td class="bar"><svg viewBox="0 0 200 12" preserveAspectRatio="none" aria-hidden="true"><rect width="${(200 * r.value) / max}" height="12" fill="${color}"/></svg></td>` +
        `${r.note === undefined ? '' : `<td class="num">${r.note}</td>`}</tr>`,
    )
    .join('');
}

function distributionChart(buckets: DayBucket[], path: string, w: Words): string {
  if (buckets.length === 0) return `<p class="none">${esc(w.none)}</p>`;
  return `<table class="bars">${barRows(
    buckets.map((b, i) => ({ label: `${b.from}–${b.to}`, value: b.count, figure: `${path}.${i}.count` })),
    COLORS.completed,
  )}</table>`;
}

/**
 * The statistics as a self-contained HTML page.
 * @example writeFileSync('report.html', renderStatisticsHtml(summarizeCases(cases, { from, to, now })))
 */
export function renderStatisticsHtml(s: CaseStatistics, options: RenderStatisticsOptions = {}): string {
  const locale = options?.locale === 'en' ? 'en' : 'zh-CN';
  const w = locale === 'en' ? EN : ZH;
  const lang = locale === 'en' ? 'en' : 'zh';
  const title = options?.title ?? w.title;
  const p = s.processing;
  const tile = (label: string, body: string) => `<div class="tile"><div class="label">${esc(label)}</div><div class="value">${body}</div></div>`;
  const tiles = [
    tile(w.cases, figure('cases', s.cases)),
    tile(w.submittedCases, figure('submittedCases', s.submittedCases)),
    tile(w.completed, figure('processing.completed', p.completed)),
    tile(w.meanDays, figure('processing.meanWorkingDays', p.meanWorkingDays)),
    tile(w.medianDays, figure('processing.medianWorkingDays', p.medianWorkingDays)),
    tile(w.p90Days, figure('processing.p90WorkingDays', p.p90WorkingDays)),
    tile(w.calendarDays, figure('processing.meanCalendarDays', p.meanCalendarDays)),
    tile(w.overdue, s.overdue ? `${figure('overdue.cases', s.overdue.cases)}<small> / ${figure('overdue.steps', s.overdue.steps)} ${esc(w.overdueSteps)}</small>` : esc(w.notAsked)),
  ].join('');

  // The report's date: no month after it is shown, whatever dates the stored cases carry.
  const reportDate = s.overdue ? chinaDate(s.overdue.now) : undefined;
  const months = reportDate ? s.byMonth.filter((m) => m.month <= reportDate.slice(0, 7)) : s.byMonth;
  const monthRows = months
    .map(
      (m, i) =>
        `<tr><th scope="row">${esc(m.month)}</th>${(['submitted', 'completed', 'returned', 'rejected', 'withdrawn'] as const)
          .map((k) => `<td class="num">${figure(`byMonth.${i}.${k}`, m[k])}</td>`)
          .join('')}</tr>`,
    )
    .join('');

  const routes = s.byRoute.slice(0, options?.maxRoutes ?? 15);
  const routeTable = routes.length
    ? `<table class="bars">${barRows(
        routes.map((r, i) => ({ label: `${r.fromName} → ${r.toName}`, value: r.cases, figure: `byRoute.${i}.cases` })),
        COLORS.submitted,
      )}</table>`
    : `<p class="none">${esc(w.none)}</p>`;

  const insuranceRows = s.byInsurance
    .map(
      (row, i) =>
        `<tr><th scope="row">${esc(INSURANCE_NAMES[row.insurance][lang])}</th><td class="num">${figure(`byInsurance.${i}.items`, row.items)}</td>` +
        `<td class="num">${figure(`byInsurance.${i}.completed`, row.completed)}</td><td class="num">${figure(`byInsurance.${i}.meanWorkingDays`, row.meanWorkingDays)}</td>` +
        `<td class="num">${figure(`byInsurance.${i}.medianWorkingDays`, row.medianWorkingDays)}</td><td class="num">${figure(`byInsurance.${i}.p90WorkingDays`, row.p90WorkingDays)}</td></tr>`,
    )
    .join('');

  const reasonTable = s.reasons.length
    ? `<table class="bars">${barRows(
        s.reasons.map((r, i) => ({
          label: `${RETURN_REASON_NAMES[r.code][lang]}（${r.source === 'hr' ? w.hr : w.agency}）`,
          value: r.count,
          figure: `reasons.${i}.count`,
          note: figure(`reasons.${i}.share`, r.share * 100, '%'),
        })),
        COLORS.returned,
      )}</table>`
    : `<p class="none">${esc(w.none)}</p>`;

  const overdueSection = s.overdue
    ? s.overdue.list.length > 0
      ? `<section><h2>${esc(w.overdueList)}</h2>${s.overdue.listed < s.overdue.steps ? `<p class="meta">${esc(w.listed(s.overdue.listed, s.overdue.steps))}</p>` : ''}<table>` +
        `<tr>${[w.caseId, w.insurance, w.step, w.due, w.daysLate].map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr>` +
        s.overdue.list
          .map((o, i) => {
            const insurance = Object.hasOwn(INSURANCE_NAMES, o.insurance) ? INSURANCE_NAMES[o.insurance as keyof typeof INSURANCE_NAMES][lang] : o.insurance;
            return `<tr><td>${esc(o.id ?? '—')}</td><td>${esc(insurance)}</td><td>${esc(lang === 'en' ? o.nameEn || o.step : o.name || o.step)}</td><td>${esc(o.due)}</td><td class="num">${figure(`overdue.list.${i}.workingDaysLate`, o.workingDaysLate)}</td></tr>`;
          })
          .join('') +
        `</table></section>`
      : ''
    : '';

  const head = (cells: string[]) => `<tr>${cells.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr>`;
  return `<!doctype html>
<html lang="${locale === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>
  @page { size: A4; margin: 14mm; }
  body { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "SimHei", "SimSun", sans-serif; color: #1f2a37; margin: 24px auto; max-width: 860px; padding: 0 16px; line-height: 1.5; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  h2 { font-size: 16px; margin: 28px 0 8px; border-bottom: 2px solid #e3e6ea; padding-bottom: 4px; }
  .meta { color: #5b6675; font-size: 13px; }
  .tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; margin-top: 16px; }
  .tile { border: 1px solid #e3e6ea; border-radius: 6px; padding: 8px 10px; }
  .tile .label { font-size: 12px; color: #5b6675; }
  .tile .value { font-size: 22px; font-weight: 600; }
  .tile small { font-size: 12px; font-weight: 400; color: #5b6675; }
  table { border-collapse: collapse; width: 100%; font-size: 13px; }
  th, td { padding: 3px 6px; border-bottom: 1px solid #eef0f3; text-align: left; }
  th[scope="col"]:not(:first-child) { text-align: right; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  table.bars td.bar { width: 45%; }
  table.bars svg { width: 100%; height: 12px; display: block; }
  svg .axis { font-size: 11px; fill: #5b6675; }
  .none { color: #8a8a8a; }
  section { break-inside: avoid; }
  @media print { body { margin: 0; max-width: none; } .tiles { grid-template-columns: repeat(4, 1fr); } }
</style>
</head>
<body>
<h1>${esc(title)}</h1>
<div class="meta">${esc(w.period(s.period.from, s.period.to))}${reportDate ? ` · ${esc(w.reportDate)}${lang === 'en' ? ': ' : '：'}${esc(reportDate)}` : ''} · ${esc(w.invalid)} ${figure('invalid', s.invalid)}</div>
<div class="tiles">${tiles}</div>
<section><h2>${esc(w.perMonth)}</h2>${monthChart({ ...s, byMonth: months }, w)}
<table>${head([w.month, w.submitted, w.completed, w.returned, w.rejected, w.withdrawn])}${monthRows}</table></section>
<section><h2>${esc(w.routes)}</h2>${routeTable}</section>
<section><h2>${esc(w.processing)}</h2>${p.setAside > 0 ? `<p class="meta">${w.setAside(figure('processing.setAside', p.setAside))}</p>` : ''}${distributionChart(p.distribution, 'processing.distribution', w)}
<table>${head([w.insurance, w.items, w.completed, w.meanDays, w.medianDays, w.p90Days])}${insuranceRows}</table></section>
<section><h2>${esc(w.reasons)}</h2>${reasonTable}</section>
${overdueSection}
</body>
</html>
`;
}
