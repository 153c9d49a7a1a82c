/** policy.expired: a policy that ended more than a year before `today` and that nothing of its scope follows. */
import { toDayNumber } from '../../calendar/iso-date.js';
import type { PolicyDocument } from '../compile-policies.js';
import type { PolicyProblem } from '../policy-error.js';
import { problemIn } from './place.js';

export function checkExpired(documents: PolicyDocument[], today: string): PolicyProblem[] {
  const yearAgo = toDayNumber(today) - 365;
  return documents
    .filter((doc) => {
      const { effective, scope, insurance } = doc.policy;
      // A period that ends before it starts is effective.order's problem, not this one's.
      if (effective.to === undefined || effective.to < effective.from || toDayNumber(effective.to) >= yearAgo) return false;
      return !documents.some(
        (other) =>
          other !== doc &&
          other.policy.insurance === insurance &&
          other.policy.scope.from === scope.from &&
          other.policy.scope.to === scope.to &&
          other.policy.effective.from > effective.to!,
      );
    })
    .map((doc) => problemIn(doc, ['effective'], 'policy.expired', { to: doc.policy.effective.to! }));
}
