/**
 * What spreadsheets do to values, undone: leading apostrophes, full-width digits and stray spaces;
 * dates in every local spelling and as Excel serial numbers; insurance lists in words; numbers in
 * Chinese numerals or with units; ID numbers Excel turned into scientific notation. Each cell comes
 * back with its normalised value and a note of what was changed (or why it cannot be used).
 */
import { guessInsuranceType, INSURANCE_TYPES, type InsuranceType } from '../application/insurance-types.js';
import { fromDayNumber, isIsoDate } from '../calendar/iso-date.js';
import type { IssueCode } from '../issues.js';
import type { FieldKind } from './roster-fields.js';
import { toHalfWidth } from './roster-fields.js';

export interface CellNote {
  code: Extract<IssueCode, `roster.${string}`>;
  severity?: 'error' | 'warning' | 'info';
  params: Record<string, string | number>;
}

export interface NormalisedCell {
  /** The value for the application; undefined for an empty cell or one that cannot be used. */
  value: unknown;
  notes: CellNote[];
}

const EMPTY = /^[\s\u3000]*$/;

/** The cell as text: numbers written out, the apostrophe that forces text in Excel dropped. */
function textOf(raw: unknown): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : undefined;
  if (typeof raw === 'boolean') return String(raw);
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : raw.toISOString().slice(0, 10);
  if (typeof raw !== 'string') return undefined;
  return raw;
}

function cleaned(before: string, after: string, notes: CellNote[]): string {
  if (after !== before) notes.push({ code: 'roster.value-cleaned', params: { before, after } });
  return after;
}

/** Trimmed, without the apostrophe Excel uses to force text (which may stand after a space). */
function unquoted(text: string): string {
  return toHalfWidth(text).trim().replace(/^'/, '').trim();
}

/** Trimmed, half-width, no apostrophe in front, no spaces inside (for IDs, codes and numbers). */
function compact(text: string): string {
  return unquoted(text).replace(/[\s\u00a0\u3000\-－]/g, '');
}

const SCIENTIFIC = /^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/;

function normaliseId(raw: unknown, notes: CellNote[]): unknown {
  // A number above 2^53 read from a sheet has already lost digits, like 5.20102E+17 in a CSV.
  if (typeof raw === 'number' && (!Number.isSafeInteger(raw) || String(raw).length > 15)) {
    notes.push({ code: 'roster.id-scientific-notation', severity: 'error', params: { value: String(raw) } });
    return undefined;
  }
  const text = textOf(raw)!;
  const after = compact(text).toUpperCase();
  if (SCIENTIFIC.test(after)) {
    notes.push({ code: 'roster.id-scientific-notation', severity: 'error', params: { value: text.trim() } });
    return undefined;
  }
  return cleaned(text, after, notes);
}

function normaliseName(raw: unknown, notes: CellNote[]): unknown {
  const text = textOf(raw)!;
  // Spaces between Chinese characters are typing slips (张 三); those inside Latin names stay.
  const after = unquoted(text.replace(/[\u00a0\u3000]/g, ' ')).replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, '').replace(/\s{2,}/g, ' ');
  return cleaned(text, after, notes);
}

function normaliseText(raw: unknown, notes: CellNote[]): unknown {
  const text = textOf(raw)!;
  return cleaned(text, unquoted(text.replace(/[\u00a0\u3000]/g, ' ')), notes);
}

const GENDERS: Record<string, 'male' | 'female'> = { 男: 'male', 女: 'female', m: 'male', f: 'female', male: 'male', female: 'female', 男性: 'male', 女性: 'female' };

function normaliseGender(raw: unknown, notes: CellNote[]): unknown {
  const text = textOf(raw)!.trim();
  const key = text.toLowerCase();
  if (Object.hasOwn(GENDERS, key)) {
    const value = GENDERS[key]!;
    if (value !== text) notes.push({ code: 'roster.value-normalised', params: { before: text, after: value } });
    return value;
  }
  return text;
}

/** Excel's day 25569 is 1970-01-01 (the 1900 date system, which counts a 29 February 1900). */
const EXCEL_EPOCH = 25569;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** YYYY-MM-DD from the spellings people and spreadsheets use, or undefined. */
export function parseDate(raw: unknown): string | undefined {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : raw.toISOString().slice(0, 10);
  if (typeof raw === 'number') return raw >= 1 && raw < 80000 && Number.isInteger(raw) ? fromDayNumber(raw - EXCEL_EPOCH) : undefined;
  const text = textOf(raw);
  if (text === undefined) return undefined;
  const t = unquoted(text);
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) {
    const date = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
    return isIsoDate(date) ? date : undefined;
  }
  m = /^(\d{5})$/.exec(t);
  if (m) return parseDate(Number(m[1]));
  return undefined;
}

function normaliseDate(raw: unknown, notes: CellNote[]): unknown {
  const text = textOf(raw)!.trim();
  const date = parseDate(raw);
  if (date === undefined) return text; // the application's own check says what is wrong with it
  if (date !== text) notes.push({ code: 'roster.date-normalised', params: { before: text, after: date } });
  return date;
}

function normaliseMonth(raw: unknown, notes: CellNote[]): unknown {
  const text = textOf(raw)!.trim();
  const t = unquoted(text);
  const m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(t) ?? /^(\d{4})(\d{2})$/.exec(t);
  const month = m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${pad(Number(m[2]))}` : parseDate(raw)?.slice(0, 7);
  if (month === undefined) return text;
  if (month !== text) notes.push({ code: 'roster.date-normalised', params: { before: text, after: month } });
  return month;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 九十六 → 96, 一百零二 → 102, 十二 → 12; undefined for anything else. */
export function parseChineseNumber(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (Object.hasOwn(DIGITS, ch)) {
      digit = DIGITS[ch]!;
    } else {
      total += (digit ?? 1) * UNITS[ch]!;
      digit = undefined;
    }
  }
  return total + (digit ?? 0);
}

/** Contribution months from 96, ９６, 96个月, 九十六, 8年, 8年6个月; ambiguous spellings (约96, 90-96) are flagged. */
function normaliseMonths(raw: unknown, notes: CellNote[]): unknown {
  if (typeof raw === 'number') return raw;
  const text = textOf(raw)!.trim();
  const t = unquoted(text).replace(/\s/g, '');
  const number = (s: string) => (/^\d+$/.test(s) ? Number(s) : parseChineseNumber(s));
  let months: number | undefined;
  let m = /^(\d+|[零〇一二两三四五六七八九十百千]+)(个月|月)?$/.exec(t);
  if (m) months = number(m[1]!);
  m = /^(\d+|[零〇一二两三四五六七八九十百千]+)年(?:(\d+|[零〇一二两三四五六七八九十百千]+)个?月)?$/.exec(t);
  if (m) {
    const years = number(m[1]!);
    const rest = m[2] === undefined ? 0 : number(m[2]);
    months = years === undefined || rest === undefined ? undefined : years * 12 + rest;
  }
  if (months === undefined) {
    if (/^\d+(\.\d+)?$/.test(t)) return Number(t); // 96.5: the application's check says it is not whole
    notes.push({ code: 'roster.number-ambiguous', severity: 'warning', params: { value: text } });
    return undefined;
  }
  if (String(months) !== text) notes.push({ code: 'roster.value-normalised', params: { before: text, after: String(months) } });
  return months;
}

const ALL_SIX: readonly InsuranceType[] = INSURANCE_TYPES;
const FIVE: readonly InsuranceType[] = INSURANCE_TYPES.filter((t) => t !== 'housing-fund');
const GROUPS: Record<string, readonly InsuranceType[]> = { 五险一金: ALL_SIX, 全部: ALL_SIX, 五险: FIVE, 社保: FIVE, 一金: ['housing-fund'] };

/** 养老,医疗、公积金 or 五险一金 → the ids; a word that is no type stays as written, for the application's check to name. */
function normaliseInsurances(raw: unknown, notes: CellNote[]): unknown {
  const text = textOf(raw)!.trim();
  const words = toHalfWidth(text)
    .split(/[,，、;；/|\s和及与+]+/)
    .map((w) => w.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const word of words) {
    const group = Object.hasOwn(GROUPS, word) ? GROUPS[word] : undefined;
    const found = group ?? [guessInsuranceType(word) ?? word];
    for (const type of found) if (!out.includes(type)) out.push(type);
  }
  if (out.join(',') !== text) notes.push({ code: 'roster.value-normalised', params: { before: text, after: out.join(', ') } });
  return out;
}

function normaliseCode(raw: unknown, notes: CellNote[]): unknown {
  const text = textOf(raw)!;
  return cleaned(text, compact(text).toUpperCase(), notes);
}

function normaliseRegion(raw: unknown, notes: CellNote[]): unknown {
  const text = textOf(raw)!;
  const t = unquoted(text);
  // A code is a code however it was typed (５２０１０２); a name keeps its characters.
  const after = /^[\d\uff10-\uff19\s]+$/.test(t) ? compact(t) : t;
  return cleaned(text, after, notes);
}

const BY_KIND: Record<FieldKind, (raw: unknown, notes: CellNote[]) => unknown> = {
  text: normaliseText,
  name: normaliseName,
  id: normaliseId,
  gender: normaliseGender,
  region: normaliseRegion,
  date: normaliseDate,
  month: normaliseMonth,
  insurances: normaliseInsurances,
  months: normaliseMonths,
  'credit-code': normaliseCode,
};

/** A cell normalised for its kind; an empty cell is no value and no note. */
export function normaliseCell(kind: FieldKind, raw: unknown): NormalisedCell {
  const text = textOf(raw);
  if (text === undefined || EMPTY.test(text)) return { value: undefined, notes: [] };
  const notes: CellNote[] = [];
  const value = BY_KIND[kind](raw, notes);
  return { value, notes };
}
