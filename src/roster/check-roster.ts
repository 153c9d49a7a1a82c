/**
 * checkRoster(): an HR roster export, row by row — every cell normalised the way spreadsheets need
 * (normalise-cell.ts), each row turned into an application and checked by validateTransfer itself
 * (identity, regions with suggestions, dates, insurance types, contribution figures, credit code;
 * a roster has no uploaded documents, so those are not its problems), plus duplicates across rows.
 * Every problem names its spreadsheet row and the column as written in the file.
 */
import type { Issue, IssueCode, IssueExtras, Locale } from '../issues.js';
import { createIssue } from '../issues.js';
import './roster-issue-codes.js'; // registers the roster's own issue codes
import { InvalidDateError, isIsoDate } from '../calendar/iso-date.js';
import { getBundledPolicies } from '../policy/bundled-policies.js';
import type { PolicySet } from '../policy/compile-policies.js';
import { validateTransfer } from '../validate-transfer.js';
import { normaliseCell } from './normalise-cell.js';
import { snapshot } from '../input/snapshot.js';
import { snapshotIssue } from '../input/snapshot-issue.js';
import { headerKey, ROSTER_FIELDS, type RosterField } from './roster-fields.js';

export interface RosterOptions {
  /** YYYY-MM-DD: the application date of rows without one, and the limit for dates in the future. */
  today: string;
  /** Headers the defaults do not know: header as written → field key (e.g. { "证件号": "idNumber" }). */
  columns?: Record<string, string>;
  policies?: PolicySet;
  locale?: Locale;
}

export interface RosterIssue {
  code: IssueCode;
  severity: Issue['severity'];
  /** The header as written in the file; null for a problem of the whole row. */
  column: string | null;
  /** The cell as written; null when the problem is not about one cell. */
  value: string | null;
  message: string;
  messageEn: string;
  suggestion?: string;
  suggestionEn?: string;
  /** For developers: the application field the column fills, and the like (see Issue.detail). */
  detail?: string;
  detailEn?: string;
}

export interface RosterRow {
  /** The spreadsheet's row number. */
  row: number;
  status: 'ok' | 'warning' | 'error' | 'skipped';
  name: string | null;
  issues: RosterIssue[];
  /** Normalised values by field key (region codes with their full names, ISO dates, insurance ids). */
  cleaned: Record<string, unknown>;
  /** The application this row makes, when it has no error. */
  application?: Record<string, unknown>;
  /** The cells as read, by header (for writing the cleaned table with the columns not checked). */
  cells: Record<string, unknown>;
}

export interface RosterSummary {
  rows: number;
  ok: number;
  warnings: number;
  errors: number;
  skipped: number;
}

export interface RosterColumns {
  /** Each header of the file and the field it was read as (null: kept but not checked). */
  columns: { header: string; field: string | null }[];
  /** Problems of the whole file: missing columns, unknown ones. */
  issues: RosterIssue[];
}

export interface RosterReport extends RosterColumns {
  rows: RosterRow[];
  summary: RosterSummary;
}

/** A record as a reader gives it: the cells by header, with the row number when it knows it. */
export type RosterRecord = Record<string, unknown> | { row: number; values: Record<string, unknown> };

/** Issues of the application check that are no business of a roster. */
const NOT_ROSTER_PROBLEMS = /^(material\.|policy\.|calendar\.|scheme\.|contribution\.not-requested$|hukou\.from-id-number$|date\.no-reference$)/;

function rosterIssue(issue: Pick<Issue, 'code' | 'severity' | 'message' | 'messageEn' | 'suggestion' | 'suggestionEn' | 'detail' | 'detailEn'>, column: string | null, value: string | null): RosterIssue {
  const out: RosterIssue = { code: issue.code, severity: issue.severity, column, value, message: issue.message, messageEn: issue.messageEn };
  if (issue.suggestion) out.suggestion = issue.suggestion;
  if (issue.suggestionEn) out.suggestionEn = issue.suggestionEn;
  if (issue.detail) out.detail = issue.detail;
  if (issue.detailEn) out.detailEn = issue.detailEn;
  return out;
}

/** The issue again, naming its field by the column header the sheet uses. */
function byColumn(issue: Issue, header: string, locale: Locale): Issue {
  const extras: IssueExtras = { severity: issue.severity, label: { zh: `「${header}」列`, en: `the column "${header}"` } };
  if (issue.ruleId) extras.ruleId = issue.ruleId;
  return createIssue(issue.code, issue.path, issue.params ?? {}, locale, extras);
}

const cellText = (raw: unknown): string | null => (raw === undefined || raw === null ? null : raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw));

/** The field an application path belongs to ("*" in a field's path stands for any insurance type). */
function fieldOf(path: (string | number)[]): RosterField | undefined {
  return ROSTER_FIELDS.find((f) => f.path.every((key, i) => key === '*' || key === path[i]));
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function setPath(target: Record<string, any>, path: (string | number)[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) node = node[key] ??= {};
  node[path[path.length - 1]!] = value;
}

/** Which field each header is, by the defaults and the mapping. */
export function mapRosterColumns(headers: string[], options: Pick<RosterOptions, 'columns' | 'locale'> = {}): RosterColumns {
  const locale = options.locale ?? 'zh-CN';
  const mapping = new Map(Object.entries(options.columns ?? {}).map(([header, field]) => [headerKey(header), field]));
  const byHeader = new Map<string, string>();
  for (const field of ROSTER_FIELDS) for (const h of field.headers) byHeader.set(headerKey(h), field.key);
  const used = new Set<string>();
  const columns = headers.map((header) => {
    const key = headerKey(header);
    const field = mapping.get(key) ?? byHeader.get(key) ?? null;
    const known = field !== null && ROSTER_FIELDS.some((f) => f.key === field) && !used.has(field);
    if (known) used.add(field!);
    return { header, field: known ? field : null };
  });
  const issues: RosterIssue[] = [];
  for (const field of ROSTER_FIELDS.filter((f) => f.required && !used.has(f.key))) {
    const issue = createIssue('roster.missing-column', [], { field: field.headers[0]!, column: field.headers[0]!, headers: field.headers.join('、'), headersEn: field.headers.join(', ') }, locale);
    issues.push(rosterIssue(issue, null, null));
  }
  for (const c of columns.filter((c) => c.field === null && c.header.trim() !== '')) {
    issues.push(rosterIssue(createIssue('roster.unknown-column', [], { column: c.header }, locale), c.header, null));
  }
  return { columns, issues };
}

export interface RosterCheck extends RosterColumns {
  /** Checks one record (a row of the sheet); rows are numbered from `firstRow` unless the record says. */
  add(record: RosterRecord): RosterRow;
  summary(): RosterSummary;
}

/**
 * A roster check to feed one record at a time (a stream of a hundred thousand rows never sits in
 * memory; only the ID numbers and names seen are kept, for the duplicates).
 */
export function createRosterCheck(headers: string[], options: RosterOptions, firstRow = 2): RosterCheck {
  if (!isIsoDate(options?.today)) throw new InvalidDateError(options?.today, 'today must be a YYYY-MM-DD date');
  const locale = options.locale ?? 'zh-CN';
  const set = options.policies ?? getBundledPolicies();
  const { columns, issues } = mapRosterColumns(headers, options);
  const mapped = columns.flatMap((c) => {
    const field = ROSTER_FIELDS.find((f) => f.key === c.field);
    return field ? [{ header: c.header, field }] : [];
  });
  const headerOf = new Map(mapped.map((m) => [m.field.key, m.header]));
  const seenIds = new Map<string, number>();
  const seenPeople = new Map<string, { row: number; id: string }>();
  const summary: RosterSummary = { rows: 0, ok: 0, warnings: 0, errors: 0, skipped: 0 };
  let next = firstRow;

  const add = (given: RosterRecord): RosterRow => {
    // Read once, defensively, as plain JSON: a record from a browser or another system is not trusted.
    const { value: record, problems } = snapshot(given);
    const hasRow = isRecord(record) && typeof record.row === 'number' && Number.isInteger(record.row) && isRecord(record.values);
    const row = hasRow ? (record.row as number) : next;
    const values: Record<string, unknown> = hasRow ? (record.values as Record<string, unknown>) : isRecord(record) ? record : {};
    next = row + 1;
    summary.rows += 1;

    const rowIssues: RosterIssue[] = problems.map((p) => rosterIssue(snapshotIssue(p, locale), null, null));
    const cleaned: Record<string, unknown> = {};
    const application: Record<string, any> = {};
    let lastPaidMonth: unknown;
    for (const { header, field } of mapped) {
      const raw = Object.hasOwn(values, header) ? (values as Record<string, unknown>)[header] : undefined;
      const { value, notes } = normaliseCell(field.kind, raw);
      for (const note of notes) {
        const issue = createIssue(note.code, [], note.params, locale);
        rowIssues.push(rosterIssue({ ...issue, severity: note.severity ?? issue.severity }, header, cellText(raw)));
      }
      if (value === undefined) continue;
      cleaned[field.key] = value;
      if (field.key === 'lastPaidMonth') lastPaidMonth = value;
      else setPath(application, field.path, value);
    }
    if (Object.keys(cleaned).length === 0 && rowIssues.length === 0) {
      summary.skipped += 1;
      return { row, status: 'skipped', name: null, issues: [], cleaned, cells: values };
    }
    if (lastPaidMonth !== undefined) {
      const types = Array.isArray(application.insuranceTypes) ? application.insuranceTypes : [];
      for (const type of ['pension', 'medical', 'unemployment', 'housing-fund']) {
        if (types.includes(type)) setPath(application, ['contributions', type, 'lastPaidMonth'], lastPaidMonth);
      }
    }

    const result = validateTransfer(application, { today: options.today, policies: set, locale });
    // A cell the roster already refused (an ID in scientific notation) is not also "missing".
    const refused = new Set(rowIssues.filter((i) => i.severity === 'error').map((i) => i.column));
    for (const issue of result.issues) {
      if (NOT_ROSTER_PROBLEMS.test(issue.code)) continue;
      const field = fieldOf(issue.path);
      const header = field ? headerOf.get(field.key) ?? null : null;
      if (issue.code === 'input.required' && refused.has(header)) continue;
      const raw = header === null ? undefined : (values as Record<string, unknown>)[header];
      rowIssues.push(rosterIssue(header === null ? issue : byColumn(issue, header, locale), header, cellText(raw)));
    }
    // Region codes with their full names, for the cleaned table.
    for (const [key, end] of [['from', result.route.from], ['to', result.route.to]] as const) {
      if (end) cleaned[key] = { code: end.code, name: [end.province, end.city, end.level === 'county' ? end.name : undefined].filter((p, i, all) => p && all.indexOf(p) === i).join('') };
    }

    const id = typeof cleaned.idNumber === 'string' ? cleaned.idNumber : undefined;
    const idHeader = headerOf.get('idNumber') ?? null;
    if (id) {
      const first = seenIds.get(id);
      if (first !== undefined) rowIssues.push(rosterIssue(createIssue('roster.duplicate-person', [], { firstRow: first }, locale), idHeader, id));
      else seenIds.set(id, row);
    }
    const name = typeof cleaned.name === 'string' ? cleaned.name : null;
    const birth = typeof cleaned.birthDate === 'string' ? cleaned.birthDate : id && /^\d{17}[\dX]$/.test(id) ? `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` : undefined;
    if (name && birth && id) {
      const person = seenPeople.get(`${name}|${birth}`);
      if (person && person.id !== id) {
        rowIssues.push(rosterIssue(createIssue('roster.possible-duplicate', [], { firstRow: person.row }, locale), headerOf.get('name') ?? null, name));
      } else if (!person) {
        seenPeople.set(`${name}|${birth}`, { row, id });
      }
    }

    const status = rowIssues.some((i) => i.severity === 'error') ? 'error' : rowIssues.some((i) => i.severity === 'warning') ? 'warning' : 'ok';
    if (status === 'error') summary.errors += 1;
    else if (status === 'warning') summary.warnings += 1;
    else summary.ok += 1;
    const out: RosterRow = { row, status, name, issues: rowIssues, cleaned, cells: values };
    if (status !== 'error') out.application = application;
    return out;
  };

  return { columns, issues, add, summary: () => ({ ...summary }) };
}

/**
 * Checks the records of a roster: objects keyed by the header as written (a browser's own file
 * reader can make them), or `{ row, values }` when the row numbers are known.
 * @example checkRoster(records, { today: '2026-11-20' }).rows.filter((r) => r.status === 'error')
 */
export function checkRoster(records: Iterable<RosterRecord>, options: RosterOptions): RosterReport {
  const list = [...(records ?? [])];
  // The headers are every key of every record, read defensively (each record is read again, once, by add).
  const cellsOf = (given: RosterRecord): string[] => {
    const r = snapshot(given).value;
    if (!isRecord(r)) return [];
    return Object.keys(typeof r.row === 'number' && isRecord(r.values) ? r.values : r);
  };
  const headers = [...new Set(list.flatMap(cellsOf))];
  const check = createRosterCheck(headers, options);
  const rows = list.map((record) => check.add(record));
  return { columns: check.columns, issues: check.issues, rows, summary: check.summary() };
}
