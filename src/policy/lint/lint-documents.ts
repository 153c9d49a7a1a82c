/**
 * The checks only a whole folder shows, over parsed policy documents: scope codes that name no
 * region, documents and steps that do not say which decisions they serve, insurance types left
 * without a decision on some date, policies long expired.
 */
import type { PolicyDocument } from '../compile-policies.js';
import type { PolicyProblem } from '../policy-error.js';
import { checkExpired } from './check-expired.js';
import { checkGaps } from './check-gaps.js';
import { checkScopes } from './check-scopes.js';
import { checkUnscoped } from './check-unscoped.js';

export interface LintDocumentsOptions {
  /** YYYY-MM-DD: "expired" counts from this day. */
  today: string;
  /** Only problems in these documents are reported (an overlay's own, not the rules under it). */
  reportable?: (doc: PolicyDocument) => boolean;
}

export function lintDocuments(documents: PolicyDocument[], options: LintDocumentsOptions): PolicyProblem[] {
  const reportable = options.reportable ?? (() => true);
  const own = documents.filter(reportable);
  return [...checkScopes(own), ...checkUnscoped(own), ...checkGaps(documents, reportable), ...checkExpired(documents, options.today).filter((p) => own.some((d) => d.file === p.file))];
}
