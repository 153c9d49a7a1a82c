/** A broken policy set: the one error the library throws, saying what is wrong and where. */
import { fillTemplate } from '../fill-template.js';
import type { Locale } from '../issues.js';
import { POLICY_PROBLEM_CODES, type PolicyProblemCode, type ProblemSeverity } from './problem-codes.js';

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

/** A problem from the catalogue, its messages filled from `params` (a name ending in En is the English value). */
export function policyProblem(
  code: PolicyProblemCode,
  place: ProblemPlace,
  params: Record<string, string | number> = {},
  related?: { file: string; line?: number }[],
): PolicyProblem {
  const entry = POLICY_PROBLEM_CODES[code];
  const lookup = (english: boolean) => (name: string) => (english ? params[`${name}En`] ?? params[name] : params[name]);
  const problem: PolicyProblem = {
    file: place.file,
    path: place.path ?? [],
    code,
    severity: entry.severity,
    message: fillTemplate(entry.zh, lookup(false)),
    messageEn: fillTemplate(entry.en, lookup(true)),
  };
  if (place.line !== undefined) {
    problem.line = place.line;
    problem.column = place.column ?? 1;
  }
  if (related && related.length > 0) problem.related = related;
  return problem;
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
