/** scope.unknown-region: a scope code that names no region, so the policy can never apply. */
import { findRegionByCode } from '../../region/catalogue.js';
import type { PolicyDocument } from '../compile-policies.js';
import type { PolicyProblem } from '../policy-error.js';
import { problemIn } from './place.js';

export function checkScopes(documents: PolicyDocument[]): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const doc of documents) {
    for (const end of ['from', 'to'] as const) {
      const code = doc.policy.scope[end];
      if (code !== '*' && !findRegionByCode(code)) problems.push(problemIn(doc, ['scope', end], 'scope.unknown-region', { code }));
    }
  }
  return problems;
}
