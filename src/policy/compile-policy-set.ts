/** compilePolicies and compilePolicySet as the public API has them: every problem with the catalogue's texts. */
import { compilePoliciesWith, compilePolicySetWith, type CompiledPolicySet, type CompileOptions, type PolicyDocument, type PolicySet } from './compile-policies.js';
import { policyProblem } from './describe-problem.js';
import type { MaterialKind } from './schema.js';
import { FACT_NAMES } from '../engine/fact-names.js';
import { operatorNames } from '../engine/operators.js';
import { MAINTAINER_CHECKS } from './policy-checks.js';
import { didYouMean } from './lint/did-you-mean.js';

type Describe = typeof policyProblem;

/** policyProblem, with "did you mean" for a mistyped fact, operator, named condition or material kind. */
function withHints(documents: PolicyDocument[], materials: MaterialKind[]): Describe {
  const known = (code: string): Iterable<string> | undefined => {
    if (code === 'condition.unknown-fact') return FACT_NAMES;
    if (code === 'condition.unknown-operator') return operatorNames();
    if (code === 'condition.unknown-named') return documents.flatMap((d) => Object.keys(d.policy?.conditions ?? {}));
    if (code === 'material.unknown-kind') return (Array.isArray(materials) ? materials : []).map((m) => m.kind);
    return undefined;
  };
  const WORD: Record<string, string> = { 'condition.unknown-fact': 'fact', 'condition.unknown-operator': 'operator', 'condition.unknown-named': 'name', 'material.unknown-kind': 'kind' };
  return (code, place, params = {}, related) => {
    const names = known(code);
    if (!names) return policyProblem(code, place, params, related);
    return policyProblem(code, place, { ...params, ...didYouMean(String(params[WORD[code]!] ?? ''), names) }, related);
  };
}

/**
 * Compiles policy files and the material catalogue into a PolicySet. Throws a PolicyError listing
 * every error (warnings do not stop it).
 */
export function compilePolicies(documents: PolicyDocument[], materials: MaterialKind[], options: CompileOptions = {}): PolicySet {
  return compilePoliciesWith(withHints(documents, materials), documents, materials, options, { checks: MAINTAINER_CHECKS });
}

/** compilePolicies without throwing: every problem, and the set when nothing stopped it. */
export function compilePolicySet(documents: PolicyDocument[], materials: MaterialKind[], options: CompileOptions = {}): CompiledPolicySet {
  return compilePolicySetWith(withHints(documents, materials), documents, materials, options, { checks: MAINTAINER_CHECKS });
}
