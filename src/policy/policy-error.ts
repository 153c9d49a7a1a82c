/**
 * A broken policy set: the one error the library throws, saying what is wrong and where. The
 * problems' texts come from the catalogue (describe-problem.ts), which only the policy tools load.
 */
import type { Locale } from '../issues.js';
import type { PolicyProblemCode, ProblemSeverity } from './problem-codes.js';

export interface PolicyProblem {
  /** The policy file, as given to the loader (relative to the rules folder). */
  file: string;
  /** Keys from the file's root to the faulty value. */
  path: (string | number)[];
  /** 1-based, when the policy was read from YAML text. */
  line?: number;
  column?: number;
  /** Stable code from POLICY_PROBLEM_CODES, e.g. "condition.unknown-fact". */
  code: PolicyProblemCode;
  severity: ProblemSeverity;
  /** In Chinese. */
  message: string;
  messageEn: string;
  /** Other places the problem involves (the other half of an overlap). */
  related?: { file: string; line?: number }[];
}

/** Where a problem is: a file, the keys inside it and, when known, its line and column. */
export interface ProblemPlace {
  file: string;
  path?: (string | number)[];
  line?: number;
  column?: number;
}

/** `file:line:column (path): message`, in English unless the locale is Chinese. */
export function formatPolicyProblem(p: PolicyProblem, locale: Locale = 'en'): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  const at = p.path.length > 0 ? ` (${p.path.join('.')})` : '';
  return `${where}${at}: ${locale === 'en' ? p.messageEn : p.message}`;
}

export class PolicyError extends Error {
  readonly code = 'policy-invalid';
  constructor(readonly problems: PolicyProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the policy files:\n` +
        problems.map((p) => `  ${formatPolicyProblem(p)}`).join('\n'),
    );
    this.name = 'PolicyError';
  }
}
