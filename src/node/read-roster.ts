/**
 * readRoster(path): a roster file as it really is — delimited text (comma, tab or semicolon, told
 * from the first lines) in UTF-8 (with or without a BOM), UTF-16 with a BOM (Excel's "Unicode 文本")
 * or GBK/GB18030 (detected from the bytes, not guessed from the name), or XLSX (the first sheet, or
 * a named one) — read a row at a time, its header row found even under a title row or merged cells,
 * blank rows skipped, every row keeping its spreadsheet row number, and each row checked by
 * createRosterCheck as it comes.
 *
 * CSV is parsed by csv-parse and XLSX read by exceljs's streaming reader (both maintained; the
 * `xlsx` release on the public registry has unfixed advisories), which hosts install when they read
 * spreadsheets. GB18030 is decoded by Node's own
 * TextDecoder, which ships the encoding: no further dependency.
 */
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse';
import { createRosterCheck, type RosterColumns, type RosterOptions, type RosterRow, type RosterSummary } from '../roster/check-roster.js';
import { headerKey, ROSTER_FIELDS } from '../roster/roster-fields.js';
import { createIssue } from '../issues.js';
import { BilingualError } from './bilingual-error.js';

export interface ReadRosterOptions extends RosterOptions {
  /** The XLSX sheet to read; the first one by default. */
  sheet?: string;
  /** How many rows from the top may hold the header (10 by default). */
  headerSearchRows?: number;
}

export type RosterEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface RosterFile {
  format: 'csv' | 'xlsx';
  /** For CSV: the encoding the bytes were read in. */
  encoding?: RosterEncoding;
  bom?: boolean;
  /** For CSV: the delimiter found in the first lines. */
  delimiter?: ',' | '\t' | ';';
  sheet?: string;
  /** The spreadsheet row of the header (0 when none was found). */
  headerRow: number;
}

export interface RosterReading extends RosterColumns {
  file: RosterFile;
  /** The checked rows, in order, one pass. */
  rows: AsyncIterable<RosterRow>;
  /** The counts, once `rows` has been read to the end. */
  summary(): RosterSummary;
}

/** A problem with the file itself (it cannot be read, it is not a roster): the CLI exits 2. */
export class RosterFileError extends BilingualError {
  readonly code = 'roster-file';
  constructor(message: string, messageZh = message) {
    super(message, messageZh);
    this.name = 'RosterFileError';
  }
}

const cannotRead = (path: string, reason: string, reasonZh = reason) => new RosterFileError(`cannot read ${path}: ${reason}`, `无法读取 ${path}：${reasonZh}`);

const ENCODING_NAMES: Record<RosterEncoding, string> = { 'utf-8': 'UTF-8', gb18030: 'GB18030', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };

type Cell = unknown;
interface SheetRow {
  row: number;
  cells: Cell[];
}

const isBlank = (cells: Cell[]) => cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));

const SAVE_AS = 'Save it from Excel as "CSV UTF-8 (Comma delimited)" or "Unicode Text" and try again';
const SAVE_AS_ZH = '请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”或“Unicode 文本”后再试';

/** Whether every other byte is zero, as in UTF-16 text of mostly ASCII and no BOM. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  const half = bytes.length / 2;
  if (odd > half * 0.3 && even === 0) return 'utf-16le';
  if (even > half * 0.3 && odd === 0) return 'utf-16be';
  return undefined;
}

/** Reads the first bytes to tell the file's encoding: a BOM, valid UTF-8, UTF-16, else GB18030; and the delimiter. */
function sniffText(path: string): { encoding: RosterEncoding; bom: boolean; delimiter: ',' | '\t' | ';' } {
  const fd = openSync(path, 'r');
  let bytes: Buffer;
  let whole: boolean;
  try {
    const head = Buffer.alloc(64 * 1024);
    const n = readSync(fd, head, 0, head.length, 0);
    bytes = head.subarray(0, n);
    whole = n < head.length;
  } finally {
    closeSync(fd);
  }
  const found = ((): { encoding: RosterEncoding; bom: boolean } => {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: true };
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return { encoding: utf16, bom: false };
    if (bytes.includes(0)) throw new RosterFileError(`${path} is not a text file nor an .xlsx workbook. ${SAVE_AS}`, `${path} 不是文本文件，也不是 .xlsx 工作簿。${SAVE_AS_ZH}`);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !whole });
      return { encoding: 'utf-8', bom: false };
    } catch {
      try {
        new TextDecoder('gb18030', { fatal: true }).decode(bytes, { stream: !whole });
        return { encoding: 'gb18030', bom: false };
      } catch {
        throw new RosterFileError(`${path} is in an encoding that cannot be told (not UTF-8, UTF-16 or GB18030). ${SAVE_AS}`, `无法识别 ${path} 的编码（不是 UTF-8、UTF-16 或 GB18030）。${SAVE_AS_ZH}`);
      }
    }
  })();
  const text = new TextDecoder(found.encoding).decode(bytes);
  return { ...found, delimiter: sniffDelimiter(text) };
}

/**
 * The delimiter of the first lines: the candidate found the same number of times (and more than
 * zero) on the most lines, outside quotes; a comma when none is.
 */
export function sniffDelimiter(text: string): ',' | '\t' | ';' {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 20);
  let best: { delimiter: ',' | '\t' | ';'; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of ['\t', ',', ';'] as const) {
    const counts = lines.map((line) => line.replace(/"[^"]*"/g, '').split(delimiter).length - 1);
    const tally = new Map<number, number>();
    for (const c of counts) if (c > 0) tally.set(c, (tally.get(c) ?? 0) + 1);
    const score = Math.max(0, ...[...tally.entries()].map(([count, lines]) => lines * 1000 + count));
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

async function* csvRows(path: string, sniffed: { encoding: RosterEncoding; bom: boolean; delimiter: string }): AsyncGenerator<SheetRow> {
  const { encoding, bom, delimiter } = sniffed;
  const decoder = new TextDecoder(encoding, { fatal: true });
  const parser = parse({ delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  const input = createReadStream(path);
  let first = true;
  (async () => {
    try {
      for await (const chunk of input as AsyncIterable<Buffer>) {
        let text = decoder.decode(chunk, { stream: true });
        if (first && bom) text = text.replace(/^\uFEFF/, '');
        first = false;
        if (!parser.write(text)) await new Promise((resolve) => parser.once('drain', resolve));
      }
      parser.end(decoder.decode());
    } catch (error) {
      const name = ENCODING_NAMES[encoding];
      parser.destroy(
        error instanceof TypeError
          ? cannotRead(path, `it is not text in ${name} throughout. ${SAVE_AS}`, `文件中有不是 ${name} 编码的内容。${SAVE_AS_ZH}`)
          : cannotRead(path, (error as Error).message),
      );
    }
  })();
  let row = 0;
  for await (const record of parser as AsyncIterable<string[]>) {
    row += 1; // a record is a spreadsheet row, even when a quoted cell spans lines
    yield { row, cells: record };
  }
}

/** The plain value of an exceljs cell: text of rich text and links, the result of a formula. */
function cellValue(value: unknown): Cell {
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) return value;
  const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return cellValue(v.result);
  if ('text' in v) return cellValue(v.text);
  if ('error' in v) return undefined;
  return String(value);
}

/**
 * exceljs is an optional peer dependency: with its dependencies it is 53 MB, four fifths of an
 * installation, and only spreadsheets need it. CSV needs nothing more.
 */
async function loadExcelJs(): Promise<typeof import('exceljs')> {
  try {
    return (await import('exceljs')).default as unknown as typeof import('exceljs');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new RosterFileError('reading .xlsx needs the exceljs package: npm install exceljs (CSV needs nothing more)', '读取 .xlsx 需要安装 exceljs：npm install exceljs（CSV 无需安装）；也可以在 Excel 中另存为 CSV 后再检查');
  }
}

async function* xlsxRows(path: string, sheet: string | undefined, found: (name: string) => void): AsyncGenerator<SheetRow> {
  const ExcelJS = await loadExcelJs();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  const names: string[] = [];
  for await (const worksheet of reader as AsyncIterable<AsyncIterable<{ number: number; values: unknown[] }> & { name: string }>) {
    names.push(worksheet.name);
    if (sheet !== undefined && worksheet.name !== sheet) {
      for await (const _row of worksheet) {
        // a sheet we do not want: read past it
      }
      continue;
    }
    found(worksheet.name);
    for await (const row of worksheet) {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      yield { row: row.number, cells: values.map(cellValue) };
    }
    return;
  }
  throw sheet === undefined
    ? new RosterFileError(`${path} has no sheet`, `${path} 中没有工作表`)
    : new RosterFileError(`${path} has no sheet "${sheet}" (it has: ${names.join(', ')})`, `${path} 中没有名为「${sheet}」的工作表（有：${names.join('、')}）`);
}

/** Whether a row looks like the header: two or more cells are known column names. */
function headerScore(cells: Cell[], known: Set<string>): number {
  return cells.filter((c) => typeof c === 'string' && known.has(headerKey(c))).length;
}

/**
 * Opens a roster file and checks it a row at a time.
 * @example
 * const reading = await readRoster('名单.xlsx', { today: '2026-11-20' });
 * for await (const row of reading.rows) if (row.status === 'error') console.log(row.row, row.issues);
 */
export async function readRoster(path: string, options: ReadRosterOptions): Promise<RosterReading> {
  try {
    if (!statSync(path).isFile()) throw new RosterFileError(`${path} is not a file`, `${path} 不是文件`);
  } catch (error) {
    if (error instanceof RosterFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' ? cannotRead(path, 'no such file', '文件不存在') : cannotRead(path, code ?? (error as Error).message);
  }
  const xlsx = extname(path).toLowerCase() === '.xlsx' || isZip(path);
  const file: RosterFile = { format: xlsx ? 'xlsx' : 'csv', headerRow: 0 };
  let source: AsyncGenerator<SheetRow>;
  if (xlsx) {
    source = xlsxRows(path, options.sheet, (name) => (file.sheet = name));
  } else {
    const sniffed = sniffText(path);
    file.encoding = sniffed.encoding;
    file.bom = sniffed.bom;
    file.delimiter = sniffed.delimiter;
    source = csvRows(path, sniffed);
  }

  const known = new Set<string>([...ROSTER_FIELDS.flatMap((f) => f.headers.map(headerKey)), ...Object.keys(options.columns ?? {}).map(headerKey)]);
  const searchRows = options.headerSearchRows ?? 10;
  const before: SheetRow[] = [];
  let header: SheetRow | undefined;
  try {
    while (!header) {
      const next = await source.next();
      if (next.done) break;
      if (isBlank(next.value.cells)) continue;
      if (headerScore(next.value.cells, known) >= 2) header = next.value;
      else if (before.push(next.value) >= searchRows) break;
    }
  } catch (error) {
    throw error instanceof RosterFileError ? error : cannotRead(path, (error as Error).message);
  }
  if (!header) {
    const issue = createIssue('roster.header-not-found', [], { rows: searchRows }, options.locale);
    return {
      file,
      columns: [],
      issues: [{ code: issue.code, severity: issue.severity, column: null, value: null, message: issue.message, messageEn: issue.messageEn, suggestion: issue.suggestion!, suggestionEn: issue.suggestionEn! }],
      rows: (async function* () {})(),
      summary: () => ({ rows: 0, ok: 0, warnings: 0, errors: 0, skipped: 0 }),
    };
  }
  file.headerRow = header.row;
  // Headers as written; an empty or repeated header gets its column letter, so no cell is lost.
  const headers = header.cells.map((c, i) => {
    const text = typeof c === 'string' ? c.trim() : c === null || c === undefined ? '' : String(c);
    return text === '' ? `(${columnLetter(i)})` : text;
  });
  const seen = new Set<string>();
  const unique = headers.map((h, i) => (seen.has(h) ? `${h} (${columnLetter(i)})` : (seen.add(h), h)));
  const check = createRosterCheck(unique, options);
  const rows = (async function* () {
    try {
      for await (const { row, cells } of source) {
        if (isBlank(cells)) continue;
        const values: Record<string, unknown> = {};
        unique.forEach((h, i) => {
          if (cells[i] !== undefined && cells[i] !== null && cells[i] !== '') Object.defineProperty(values, h, { value: cells[i], enumerable: true, writable: true, configurable: true });
        });
        yield check.add({ row, values });
      }
    } catch (error) {
      throw error instanceof RosterFileError ? error : cannotRead(path, (error as Error).message);
    }
  })();
  return { file, columns: check.columns, issues: check.issues, rows, summary: check.summary };
}

function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** An XLSX file is a ZIP, whatever its name says. */
function isZip(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(4);
    readSync(fd, head, 0, 4, 0);
    return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  } finally {
    closeSync(fd);
  }
}
