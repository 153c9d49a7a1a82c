/** A problem about a policy document, placed at a path inside it. */
import type { PolicyDocument } from '../compile-policies.js';
import { policyProblem } from '../describe-problem.js';
import type { PolicyProblem } from '../policy-error.js';
import type { PolicyProblemCode } from '../problem-codes.js';

export function problemIn(
  doc: PolicyDocument,
  path: (string | number)[],
  code: PolicyProblemCode,
  params: Record<string, string | number> = {},
  related?: PolicyProblem['related'],
): PolicyProblem {
  return policyProblem(code, { file: doc.file, path, ...(doc.locate?.(path) ?? {}) }, params, related);
}
