/**
 * NDJSON in, NDJSON out: each line parsed and validated, each result written as one line. A line
 * that is not JSON gets a result of its own (ok: false, an input.invalid-json issue with its line
 * number), so the output has exactly one line per application line, in the same order.
 */
import './line-issue-codes.js'; // registers the codes of unreadable lines
import { IssueList, type Locale } from '../../issues.js';
import type { PolicySet } from '../../policy/compile-policies.js';
import type { TransferResult } from '../../result.js';
import { JsonLineWriter } from './json-line-writer.js';
import { INPUT_LIMITS } from '../../input/limits.js';

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

/** The result lines of a chunk of NDJSON lines. */
export function validateLines(
  lines: readonly string[],
  numbers: readonly number[],
  tooLong: readonly number[],
  validate: (application: unknown) => TransferResult,
  set: PolicySet,
  locale: Locale | undefined,
): ValidatedLines {
  let failed = 0;
  for (let i = 0; i < lines.length; i++) {
    let application: unknown;
    let result: TransferResult | undefined;
    if (tooLong.length > 0 && tooLong.includes(numbers[i]!)) {
      result = lineTooLongResult(numbers[i]!, set, locale);
      failed++;
      writer.line(result);
      continue;
    }
    try {
      application = JSON.parse(lines[i]!);
    } catch (error) {
      result = invalidJsonResult(numbers[i]!, (error as Error).message, set, locale);
    }
    result ??= validate(application);
    if (!result.ok) failed++;
    writer.line(result);
  }
  return { bytes: writer.take(), results: lines.length, failed };
}
