/** What reading outside input found (a snapshot problem), as the issue to show. */
import { fieldName } from '../application/field-name.js';
import { createIssue, type Issue, type Locale } from '../issues.js';
import { INPUT_LIMITS } from './limits.js';
import type { SnapshotProblem } from './snapshot.js';

const LIMIT: Partial<Record<SnapshotProblem['code'], number>> = { 'input.too-deep': INPUT_LIMITS.maxDepth, 'input.too-large': INPUT_LIMITS.maxValues };

/** The issue's parameters: the field as people write it, and the limit it went past. */
export function snapshotIssueParams(problem: SnapshotProblem): Record<string, string | number> {
  const limit = LIMIT[problem.code];
  return { field: problem.path.length > 0 ? fieldName(problem.path) : '(root)', ...(limit !== undefined ? { max: limit } : {}) };
}

export function snapshotIssue(problem: SnapshotProblem, locale: Locale): Issue {
  return createIssue(problem.code, problem.path, snapshotIssueParams(problem), locale);
}

/** The first problem in one line (`items.0.steps: input.cyclic`), for a refusal's detail; undefined when there is none. */
export function snapshotDetail(problems: SnapshotProblem[]): string | undefined {
  const first = problems[0];
  return first ? `${first.path.join('.') || '(root)'}: ${first.code}` : undefined;
}
