/**
 * part.unscoped: a document or step that says nothing of the decisions it serves. Without
 * `forDecisions` it comes with every decision that has something to do — a temporary pension account
 * would carry the fund-transfer steps, a review the transfer's deadlines — so every one must say.
 */
import type { PolicyDocument } from '../compile-policies.js';
import type { PolicyProblem } from '../policy-error.js';
import { problemIn } from './place.js';

export function checkUnscoped(documents: PolicyDocument[]): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const doc of documents) {
    for (const section of ['materials', 'steps'] as const) {
      doc.policy[section].forEach((part, index) => {
        if (part.forDecisions === undefined) problems.push(problemIn(doc, [section, index, 'id'], 'part.unscoped', { id: part.id }));
      });
    }
  }
  return problems;
}
