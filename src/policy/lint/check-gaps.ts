/**
 * gap.no-policy: for each insurance type and each scope the folder names, the days after the
 * scope's first policy began on which no unconditional decision rule is in force for a route in
 * that scope — there validateTransfer could only answer "needs review" for the applicants the
 * conditional rules do not name. A gap that a broader scope has too is reported once, for the
 * broader scope.
 */
import { INSURANCE_NAMES } from '../../application/insurance-types.js';
import { intersect, type PolicyDocument } from '../compile-policies.js';
import type { PolicyProblem } from '../policy-error.js';
import { dateOf, dayRange, uncovered, type DayRange } from './periods.js';
import { problemIn } from './place.js';

type Scope = { from: string; to: string };

const contains = (outer: string, inner: string) => outer === '*' || (inner !== '*' && inner.startsWith(outer));
const covers = (outer: Scope, inner: Scope) => contains(outer.from, inner.from) && contains(outer.to, inner.to);
const scopeKey = (s: Scope) => `${s.from}→${s.to}`;

/**
 * The days on which the policy has a decision for every applicant: one without a `when`. A
 * conditional decision covers only the applicants it names, so it closes no gap by itself.
 */
function decisionRanges(doc: PolicyDocument): (DayRange & { doc: PolicyDocument })[] {
  const { policy } = doc;
  if (policy.effective.to !== undefined && policy.effective.to < policy.effective.from) return [];
  return policy.decisions
    .filter((d) => d.when === undefined)
    .map((d) => intersect(policy.effective, d.effective))
    .filter((p) => p.to === undefined || p.from <= p.to)
    .map((p) => ({ ...dayRange(p), doc }));
}

export function checkGaps(documents: PolicyDocument[], reportable: (doc: PolicyDocument) => boolean = () => true): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const byInsurance = new Map<string, PolicyDocument[]>();
  for (const doc of documents) byInsurance.set(doc.policy.insurance, [...(byInsurance.get(doc.policy.insurance) ?? []), doc]);

  for (const [insurance, docs] of byInsurance) {
    const scopes = new Map<string, Scope>();
    for (const doc of docs) scopes.set(scopeKey(doc.policy.scope), doc.policy.scope);
    const gapsOf = new Map<string, { gap: DayRange; before?: PolicyDocument }[]>();
    for (const [key, scope] of scopes) {
      const own = docs.filter((d) => scopeKey(d.policy.scope) === key);
      const start = Math.min(...own.map((d) => dayRange(d.policy.effective).from));
      const ranges = docs.filter((d) => covers(d.policy.scope, scope)).flatMap(decisionRanges);
      gapsOf.set(
        key,
        uncovered(ranges, start).map((gap) => {
          // The policy whose decisions ran out just before the gap, preferring this scope's own.
          const ending = ranges.filter((r) => r.to === gap.from - 1);
          const before = (ending.find((r) => scopeKey(r.doc.policy.scope) === key) ?? ending[0])?.doc;
          return before ? { gap, before } : { gap };
        }),
      );
    }
    for (const [key, scope] of scopes) {
      for (const { gap, before } of gapsOf.get(key)!) {
        const broader = [...scopes].some(([k, s]) => k !== key && covers(s, scope) && gapsOf.get(k)!.some((g) => g.gap.from === gap.from));
        if (broader) continue;
        const doc = before ?? docs.find((d) => scopeKey(d.policy.scope) === key)!;
        if (!reportable(doc)) continue;
        const names = INSURANCE_NAMES[insurance as keyof typeof INSURANCE_NAMES];
        const until = gap.to === Infinity ? '' : `至 ${dateOf(gap.to)} `;
        const untilEn = gap.to === Infinity ? '' : ` to ${dateOf(gap.to)}`;
        problems.push(
          problemIn(doc, before ? ['effective'] : ['decisions'], 'gap.no-policy', {
            insurance: names.zh,
            insuranceEn: names.en,
            scope: key,
            from: dateOf(gap.from),
            until,
            untilEn,
          }),
        );
      }
    }
  }
  return problems;
}
