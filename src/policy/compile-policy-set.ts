/** compilePolicies and compilePolicySet as the public API has them: every problem with the catalogue's texts. */
import { compilePoliciesWith, compilePolicySetWith, type CompiledPolicySet, type CompileOptions, type PolicyDocument, type PolicySet } from './compile-policies.js';
import { policyProblem } from './describe-problem.js';
import type { MaterialKind } from './schema.js';

/**
 * Compiles policy files and the material catalogue into a PolicySet. Throws a PolicyError listing
 * every error (warnings do not stop it).
 */
export function compilePolicies(documents: PolicyDocument[], materials: MaterialKind[], options: CompileOptions = {}): PolicySet {
  return compilePoliciesWith(policyProblem, documents, materials, options);
}

/** compilePolicies without throwing: every problem, and the set when nothing stopped it. */
export function compilePolicySet(documents: PolicyDocument[], materials: MaterialKind[], options: CompileOptions = {}): CompiledPolicySet {
  return compilePolicySetWith(policyProblem, documents, materials, options);
}
