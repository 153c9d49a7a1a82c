/**
 * NDJSON in, NDJSON out: each line parsed and validated, each result written as one line, led by
 * the line's number and the application's id (`--output summary`: the outcome only). A line
 * that is not JSON gets a result of its own (ok: false, an input.invalid-json issue with its line
 * number), so the output has exactly one line per application line, in the same order.
 */
import './line-issue-codes.js'; // registers the codes of unreadable lines
import { IssueList, type Locale } from '../../issues.js';
import type { PolicySet } from '../../policy/compile-policies.js';
import type { TransferResult } from '../../result.js';
import { JsonLineWriter } from './json-line-writer.js';
import { INPUT_LIMITS } from '../../input/limits.js';
import type { LineOutput } from './protocol.js';
import { linesOfBytes, type ByteLineChunk } from './line-chunks.js';

/** The result for a line that could not be read, shaped as validateTransfer's results are. */
function unreadLineResult(add: (issues: IssueList) => void, set: PolicySet, locale: Locale | undefined): TransferResult {
  const issues = new IssueList(locale);
  add(issues);
  return { ok: false, route: { from: null, to: null }, policyVersion: set.version, items: [], issues: issues.items };
}

/** The result for a line that is not JSON. */
function invalidJsonResult(line: number, detail: string, set: PolicySet, locale: Locale | undefined): TransferResult {
  return unreadLineResult((issues) => issues.add('input.invalid-json', [], { line, detail: detail.slice(0, 200) }), set, locale);
}

/** The result for a line too long to read. */
function lineTooLongResult(line: number, set: PolicySet, locale: Locale | undefined): TransferResult {
  return unreadLineResult((issues) => issues.add('input.line-too-long', [], { line, max: INPUT_LIMITS.maxLineLength }), set, locale);
}

export interface ValidatedLines {
  /** The result lines, each followed by a newline, as UTF-8. */
  bytes: Uint8Array;
  results: number;
  /** Results with ok: false. */
  failed: number;
}

const writer = new JsonLineWriter();

const MAX_ID_LENGTH = 200;

/** The application's own id, as the line carries it: a string (a number as text), else null. */
function idOf(application: unknown): string | null {
  if (typeof application !== 'object' || application === null || Array.isArray(application)) return null;
  let id: unknown;
  try {
    id = Object.getOwnPropertyDescriptor(application, 'id')?.value;
  } catch {
    return null;
  }
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return typeof id === 'string' ? id.slice(0, MAX_ID_LENGTH) : null;
}

/** One line of `--output summary`: the outcome without texts (schema/ndjson-summary-line.schema.json). */
export interface SummaryLine {
  line: number;
  id: string | null;
  ok: boolean;
  items: { insurance: string; decision: string; estimatedCompletion?: string }[];
  issues: { code: string; severity: string; path: (string | number)[] }[];
}

function summaryOf(line: number, id: string | null, result: TransferResult): SummaryLine {
  return {
    line,
    id,
    ok: result.ok,
    items: result.items.map((i) => (i.estimatedCompletion === undefined ? { insurance: i.insurance, decision: i.decision } : { insurance: i.insurance, decision: i.decision, estimatedCompletion: i.estimatedCompletion })),
    issues: result.issues.map((i) => ({ code: i.code, severity: i.severity, path: i.path })),
  };
}

/** A result line: its line number and id first, then the result whole or summed up. */
function write(line: number, id: string | null, result: TransferResult, output: LineOutput): void {
  // A summary has no shared frozen pieces for the writer to reuse: the engine's own stringify is quicker.
  if (output === 'summary') writer.jsonLine(JSON.stringify(summaryOf(line, id, result)));
  else writer.line({ line, id, ...result });
}

/** The result lines of a chunk of NDJSON as its bytes. */
export function validateLineBytes(
  chunk: ByteLineChunk,
  validate: (application: unknown) => TransferResult,
  set: PolicySet,
  locale: Locale | undefined,
  output: LineOutput = 'full',
): ValidatedLines {
  const { lines, numbers, tooLong } = linesOfBytes(chunk);
  return validateLines(lines, numbers, tooLong, validate, set, locale, output);
}

/** The result lines of a chunk of NDJSON lines. */
function validateLines(
  lines: readonly string[],
  numbers: readonly number[],
  tooLong: readonly number[],
  validate: (application: unknown) => TransferResult,
  set: PolicySet,
  locale: Locale | undefined,
  output: LineOutput = 'full',
): ValidatedLines {
  let failed = 0;
  for (let i = 0; i < lines.length; i++) {
    let application: unknown;
    let result: TransferResult | undefined;
    if (tooLong.length > 0 && tooLong.includes(numbers[i]!)) {
      result = lineTooLongResult(numbers[i]!, set, locale);
      failed++;
      write(numbers[i]!, null, result, output);
      continue;
    }
    try {
      application = JSON.parse(lines[i]!);
    } catch (error) {
      result = invalidJsonResult(numbers[i]!, (error as Error).message, set, locale);
    }
    result ??= validate(application);
    if (!result.ok) failed++;
    write(numbers[i]!, idOf(application), result, output);
  }
  return { bytes: writer.take(), results: lines.length, failed };
}
