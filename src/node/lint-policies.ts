/**
 * lintPolicies(dir): every problem of a rules folder in one run — what the loader reports (YAML,
 * schema, conditions, material kinds, ties) and what only the whole folder shows (unknown scope
 * regions, gaps without a decision, long-expired policies, calendar files) — each at its file,
 * line and column. A broken file never stops the others from being checked.
 */
import { localToday } from './local-today.js';
import { isIsoDate } from '../calendar/iso-date.js';
import { compilePolicySet } from '../policy/compile-policy-set.js';
import { lintDocuments } from '../policy/lint/lint-documents.js';
import type { PolicyProblem } from '../policy/policy-error.js';
import type { PolicyProblemCode, ProblemSeverity } from '../policy/problem-codes.js';
import { BUNDLED_PREFIX, readPolicyLayers, type LoadPoliciesOptions } from './load-policies.js';

export interface LintOptions extends LoadPoliciesOptions {
  /** YYYY-MM-DD: policies that ended more than a year before it are flagged. The machine's date by default. */
  today?: string;
}

/** One problem as `lint --json` prints it. */
export interface LintProblem {
  /** Relative to the folder linted (the overlay, with `extends`). */
  file: string;
  line: number;
  column: number;
  code: PolicyProblemCode;
  severity: ProblemSeverity;
  message: string;
  messageEn: string;
  related?: { file: string; line?: number }[];
}

export interface LintResult {
  problems: LintProblem[];
}

function toLintProblem(p: PolicyProblem): LintProblem {
  const problem: LintProblem = {
    file: p.file,
    line: p.line ?? 1,
    column: p.column ?? 1,
    code: p.code,
    severity: p.severity,
    message: p.message,
    messageEn: p.messageEn,
  };
  if (p.related) problem.related = p.related;
  return problem;
}

/**
 * Lints a rules folder, or an overlay folder with `extends: 'bundled'` (then only the overlay's own
 * files are reported on). Never throws for what is in the folder.
 * @example const { problems } = lintPolicies('./vendor-rules', { extends: 'bundled' });
 */
export function lintPolicies(dir: string, options: LintOptions = {}): LintResult {
  const today = options?.today ?? localToday();
  if (!isIsoDate(today)) throw new RangeError(`lintPolicies: today must be a YYYY-MM-DD date, got ${JSON.stringify(today)}`);
  const folder = readPolicyLayers(dir, options ?? {});
  const overlay = options?.extends !== undefined;
  // Under an overlay, the files beneath it are named bundled:… or, for a folder, relative to the
  // overlay (../rules/…): only the overlay's own files are reported on.
  const reportable = (file: string) => !overlay || !(file.startsWith(BUNDLED_PREFIX) || file.startsWith('../'));
  const compiled = compilePolicySet(folder.documents, folder.materials, { calendar: folder.calendar });
  const problems = [
    ...folder.problems,
    ...compiled.problems,
    ...lintDocuments(folder.documents, { today, reportable: (doc) => doc.layer === 'overlay' || !overlay }),
  ].filter((p) => reportable(p.file));
  const unique = new Map<string, LintProblem>();
  for (const p of problems.map(toLintProblem)) unique.set(`${p.file}:${p.line}:${p.column}:${p.code}:${p.messageEn}`, p);
  const sorted = [...unique.values()].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : 1),
  );
  return { problems: sorted };
}
