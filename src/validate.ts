/**
 * shebao-transfer/validate — validation alone, for a service or a pipeline that starts often:
 * validateTransfer and validateBatch with the bundled rules, the input's types, the vocabularies,
 * identity numbers, regions (retired codes resolving to their successors, as in `shebao-transfer`)
 * and working days. Every result is the same as `shebao-transfer`'s; this entry only loads less:
 * no policy maintenance (YAML, lint, overlays, impact), workflow, reports or roster check.
 * Everything here is also exported by `shebao-transfer`, as the same objects — but ISSUE_CODES,
 * which here holds validation's codes only (the main entry's adds the roster check's). The input's
 * zod schemas are left to `shebao-transfer`: validation builds them only for an application that
 * does not meet the contract, and this entry starts without building them.
 */
export * from './validation-api.js';
export {
  createValidationSummary,
  summarizeValidations,
  type ValidationSummary,
  type ValidationSummaryBuilder,
  type ValidationRouteFigures,
  type IssueFigures,
  type DecisionCounts,
} from './batch/validation-summary.js';
export type { RetiredRegion } from './region/resolve-region.js';
export { REGION_HISTORY_SOURCE } from './region/region-history.js';
export { getBundledPolicies } from './policy/bundled-policies.js';
export type { PolicySet } from './policy/compile-policies.js';
export { INPUT_LIMITS } from './input/limits.js';
