/**
 * shebao-transfer/validate — validation alone, for a service or a pipeline that starts often:
 * validateTransfer and validateBatch with the bundled rules, the input contract, the vocabularies,
 * identity numbers, regions (retired codes resolving to their successors, as in `shebao-transfer`)
 * and working days. Every result is the same as `shebao-transfer`'s; this entry only loads less:
 * no policy maintenance (YAML, lint, overlays, impact), workflow, reports or roster check.
 * Everything here is also exported by `shebao-transfer`, as the same objects.
 */
export { validateTransfer, type ValidateOptions } from './validate-transfer.js';
export { validateBatch, type BatchOptions, type ValidationBatch, type AsyncValidationBatch } from './batch/validate-batch.js';
export {
  createValidationSummary,
  summarizeValidations,
  type ValidationSummary,
  type ValidationSummaryBuilder,
  type ValidationRouteFigures,
  type IssueFigures,
  type DecisionCounts,
} from './batch/validation-summary.js';
export type {
  TransferResult,
  ItemResult,
  RouteEndResult,
  Reason,
  ConditionOutcome,
  RequiredDocument,
  DocumentAlternative,
  StepResult,
} from './result.js';
export {
  ApplicationSchema,
  MaterialSchema,
  type Application,
  type Applicant,
  type Employer,
  type Material,
  type Contribution,
  type Gender,
  type RegionInput,
} from './application/schema.js';
export { PENSION_SCHEMES, SCHEME_NAMES, DEFAULT_SCHEME, type PensionScheme } from './application/schemes.js';
export { INSURANCE_TYPES, INSURANCE_NAMES, type InsuranceType } from './application/insurance-types.js';
export { TRANSFER_REASONS, type TransferReason } from './application/reasons.js';
/** Validation's issue codes (`shebao-transfer`'s ISSUE_CODES adds the roster check's). */
export { CORE_ISSUE_CODES as ISSUE_CODES, type Issue, type IssueCode, type IssuePath, type Severity, type Source, type Locale } from './issues.js';
export { parseIdNumber, type IdKind, type IdNumberInfo, type IdNumberResult, type IdRegion } from './identity/id-number.js';
export { validateCreditCode, type CreditCodeResult } from './identity/credit-code.js';
export { resolveRegion, type RegionResolution } from './region/resolve-region.js';
export type { RetiredRegion } from './region/resolve-region.js';
export { REGION_HISTORY_SOURCE } from './region/region-history.js';
export { searchRegions, type RegionHit, type RegionMatch, type SearchRegionsOptions } from './region/search-regions.js';
export { findRegionByCode, fullRegionName, REGION_DATA_VINTAGE, type Region, type RegionLevel } from './region/catalogue.js';
export { isWorkingDay, addWorkingDays, workingDaysBetween } from './calendar/working-days.js';
export { DECISIONS, DECISION_NAMES, ISSUERS, ISSUER_NAMES, type Decision, type Issuer, type AgencyMilestone } from './policy/vocabulary.js';
export { getBundledPolicies } from './policy/bundled-policies.js';
export type { PolicySet } from './policy/compile-policies.js';
export { INPUT_LIMITS } from './input/limits.js';
