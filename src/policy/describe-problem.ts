/**
 * A policy problem from the catalogue, its messages filled in. Kept apart from PolicyError so that
 * what only validates with the bundled rules (a browser page) carries no problem texts: those rules
 * were checked when the package was built.
 */
import { fillTemplate } from '../fill-template.js';
import type { PolicyProblem, ProblemPlace } from './policy-error.js';
import { POLICY_PROBLEM_CODES, type PolicyProblemCode } from './problem-codes.js';

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

