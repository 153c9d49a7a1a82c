/**
 * shebao-transfer roster <file> [--map columns.yaml] [--sheet NAME] [--today D] [--json]
 *   [--out report.csv] [--clean cleaned.csv] [--applications out.ndjson] [--quiet]
 * Checks an HR roster export (CSV in UTF-8 or GBK, or XLSX) and writes what an HR officer needs:
 * the problems by row, a report Excel opens, the cleaned table, and an application per valid row.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Locale } from '../../issues.js';
import type { RosterIssue, RosterRow } from '../../roster/check-roster.js';
import { ROSTER_FIELDS } from '../../roster/roster-fields.js';
import { csvLine, UTF8_BOM } from '../csv-line.js';
import { readRoster, RosterFileError, type RosterReading } from '../read-roster.js';
import { say } from './words.js';
import { checkDate, EXIT, localeOf, localToday, outputFormat, readText, terminalSafe, UsageError, write, type Values } from './shared.js';

const FIELD_KEYS = new Set(ROSTER_FIELDS.map((f) => f.key));

/** The mapping file: `证件号: idNumber` lines, or the same under `columns:`. */
function readMapping(file: string): Record<string, string> {
  let data: unknown;
  try {
    data = parseYaml(readText(file));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(say('map-not-yaml', { file, detail: (error as Error).message.split('\n')[0]! }));
  }
  const columns = (data as { columns?: unknown } | null)?.columns ?? data;
  if (columns === null || typeof columns !== 'object' || Array.isArray(columns)) throw new UsageError(say('map-not-mapping', { file }));
  const out: Record<string, string> = {};
  for (const [header, field] of Object.entries(columns as Record<string, unknown>)) {
    if (typeof field !== 'string' || !FIELD_KEYS.has(field)) {
      throw new UsageError(say('map-unknown-field', { file, header, field: String(field), fields: [...FIELD_KEYS].join(', ') }));
    }
    out[header] = field;
  }
  return out;
}

function open(path: string | undefined, bom: boolean): WriteStream | undefined {
  if (path === undefined) return undefined;
  const stream = createWriteStream(path);
  if (bom) stream.write(UTF8_BOM);
  return stream;
}

function closeAll(streams: (WriteStream | undefined)[]): Promise<void[]> {
  return Promise.all(
    streams.filter((s): s is WriteStream => s !== undefined).map((s) => new Promise<void>((resolve, reject) => s.end((error?: Error | null) => (error ? reject(error) : resolve())))),
  );
}

const ENCODING_NAMES = { 'utf-8': 'UTF-8', gb18030: 'GBK/GB18030', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' } as const;
const DELIMITER_NAMES = { ',': { zh: '逗号分隔', en: 'comma-separated' }, '\t': { zh: '制表符分隔', en: 'tab-separated' }, ';': { zh: '分号分隔', en: 'semicolon-separated' } } as const;

const STATUS_NAMES = { ok: '通过', warning: '有提醒', error: '有错误', skipped: '跳过' } as const;
const SEVERITY_NAMES = { error: '错误', warning: '提醒', info: '说明' } as const;
const severityName = (severity: RosterIssue['severity'], locale: Locale) => (locale === 'en' ? severity : SEVERITY_NAMES[severity]);

/** The cleaned value of a cell: region codes with full names, insurance ids, ISO dates. */
function cleanedCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'object') {
    const { code, name } = value as { code?: string; name?: string };
    return [name, code].filter(Boolean).join(' ');
  }
  return String(value);
}

function jsonIssue(i: RosterIssue) {
  return { code: i.code, severity: i.severity, column: i.column, value: i.value, message: i.message, messageEn: i.messageEn, suggestion: i.suggestion ?? null };
}

export async function runRoster(positionals: string[], values: Values): Promise<number> {
  if (positionals.length !== 1) throw new UsageError(say('roster-one-file'));
  const locale: Locale = localeOf(values.lang);
  const format = outputFormat(values, ['text', 'json']);
  const today = checkDate(values.today, 'today') ?? localToday();
  const columns = typeof values.map === 'string' ? readMapping(values.map) : undefined;
  const file = positionals[0]!;
  let reading: RosterReading;
  try {
    reading = await readRoster(file, { today, locale, ...(columns ? { columns } : {}), ...(typeof values.sheet === 'string' ? { sheet: values.sheet } : {}) });
  } catch (error) {
    if (error instanceof RosterFileError) throw new UsageError(error.messageIn(locale));
    throw error;
  }

  const out = open(values.out as string | undefined, true);
  const clean = open(values.clean as string | undefined, true);
  const applications = open(values.applications as string | undefined, false);
  out?.write(csvLine(locale === 'en' ? ['row', 'severity', 'column', 'value', 'problem', 'suggestion'] : ['行', '级别', '列', '值', '问题', '建议']));
  const headers = reading.columns.map((c) => c.header);
  clean?.write(csvLine([...headers, locale === 'en' ? 'status' : '状态']));
  const progress = !values.quiet && process.stderr.isTTY;
  const jsonRows: unknown[] = [];
  const text: string[] = [];
  const source = basename(file);
  let count = 0;

  for (const issue of reading.issues) out?.write(csvLine(['', severityName(issue.severity, locale), issue.column ?? '', issue.value ?? '', locale === 'en' ? issue.messageEn : issue.message, issue.suggestion ?? '']));
  try {
    for await (const row of reading.rows) {
      count += 1;
      if (progress && count % 1000 === 0) process.stderr.write(`\r${locale === 'en' ? 'rows checked' : '已检查'} ${count}`);
      for (const issue of row.issues) {
        out?.write(csvLine([row.row, severityName(issue.severity, locale), issue.column ?? '', issue.value ?? '', locale === 'en' ? issue.messageEn : issue.message, (locale === 'en' ? issue.suggestionEn : issue.suggestion) ?? '']));
      }
      if (clean) writeCleanRow(clean, reading, row, locale);
      if (applications && row.application) applications.write(`${JSON.stringify({ id: `${source}#${row.row}`, ...row.application })}\n`);
      if (format === 'json') jsonRows.push({ row: row.row, status: row.status, name: row.name, issues: row.issues.map(jsonIssue) });
      else textRow(text, row, locale);
    }
  } catch (error) {
    await closeAll([out, clean, applications]);
    if (error instanceof RosterFileError) throw new UsageError(error.messageIn(locale));
    throw error;
  }
  if (progress && count >= 1000) process.stderr.write('\n');
  await closeAll([out, clean, applications]);

  const summary = reading.summary();
  if (format === 'json') {
    write(JSON.stringify({ rows: jsonRows, summary }, null, 2));
  } else {
    const en = locale === 'en';
    const head = [
      en
        ? `${file}: ${summary.rows} rows — ${summary.ok} ok, ${summary.warnings} with warnings, ${summary.errors} with errors, ${summary.skipped} skipped`
        : `${file}：共 ${summary.rows} 行 — 通过 ${summary.ok} 行，有提醒 ${summary.warnings} 行，有错误 ${summary.errors} 行，跳过 ${summary.skipped} 行`,
      en
        ? `Read as ${reading.file.format.toUpperCase()}${reading.file.encoding ? ` (${ENCODING_NAMES[reading.file.encoding]}${reading.file.delimiter ? `, ${DELIMITER_NAMES[reading.file.delimiter].en}` : ''})` : ''}${reading.file.sheet ? `, sheet ${reading.file.sheet}` : ''}; header on row ${reading.file.headerRow}`
        : `按 ${reading.file.format.toUpperCase()} 读取${reading.file.encoding ? `（${ENCODING_NAMES[reading.file.encoding]}${reading.file.delimiter ? `，${DELIMITER_NAMES[reading.file.delimiter].zh}` : ''}）` : ''}${reading.file.sheet ? `，工作表「${reading.file.sheet}」` : ''}；表头在第 ${reading.file.headerRow} 行`,
    ];
    for (const issue of reading.issues) head.push(`${issue.severity === 'error' ? '✘' : 'ℹ'} ${en ? issue.messageEn : issue.message}`);
    write([...head, ...text].join('\n'));
  }
  const fileErrors = reading.issues.some((i) => i.severity === 'error');
  return summary.errors > 0 || fileErrors ? EXIT.problems : EXIT.ok;
}

function textRow(lines: string[], row: RosterRow, locale: Locale): void {
  const shown = row.issues.filter((i) => i.severity !== 'info');
  if (shown.length === 0) return;
  const en = locale === 'en';
  lines.push('', en ? `Row ${row.row}${row.name ? ` (${row.name})` : ''}:` : `第 ${row.row} 行${row.name ? `（${row.name}）` : ''}：`);
  for (const issue of shown) {
    const mark = issue.severity === 'error' ? '✘' : '⚠';
    const where = issue.column ? `[${issue.column}${issue.value !== null ? ` = ${issue.value}` : ''}] ` : '';
    lines.push(`  ${mark} ${terminalSafe(where)}${en ? issue.messageEn : issue.message}`);
    const suggestion = en ? issue.suggestionEn : issue.suggestion;
    if (suggestion) lines.push(`      ${en ? 'Suggestion' : '建议'}: ${suggestion}`);
  }
}

function writeCleanRow(stream: WriteStream, reading: RosterReading, row: RosterRow, locale: Locale): void {
  // Checked columns get their normalised value; the others are kept as they were.
  const cells = reading.columns.map((c) => (c.field === null ? cleanedCell(row.cells[c.header]) : cleanedCell(row.cleaned[c.field])));
  stream.write(csvLine([...cells, locale === 'en' ? row.status : STATUS_NAMES[row.status]]));
}

