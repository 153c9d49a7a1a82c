/**
 * What validation shows of itself, shared by `shebao-transfer/browser` and
 * `shebao-transfer/validate` (and so by `shebao-transfer`): validateTransfer and validateBatch,
 * the result and input types, the vocabularies, identity numbers, regions and working days.
 */
export { validateTransfer, type ValidateOptions } from './validate-transfer.js';
export { validateBatch, type BatchOptions, type ValidationBatch, type AsyncValidationBatch } from './batch/validate-batch.js';
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
export type {
  Application,
  Applicant,
  Employer,
  Material,
  Contribution,
  Gender,
  RegionInput,
  InputSchemas,
} from './application/schema.js';
export { PENSION_SCHEMES, SCHEME_NAMES, DEFAULT_SCHEME, type PensionScheme } from './application/schemes.js';
export { INSURANCE_TYPES, INSURANCE_NAMES, type InsuranceType } from './application/insurance-types.js';
export { TRANSFER_REASONS, type TransferReason } from './application/reasons.js';
/** Validation's codes: `shebao-transfer` adds the roster check's. */
export { CORE_ISSUE_CODES as ISSUE_CODES, type Issue, type IssueCode, type IssuePath, type Severity, type Source, type Locale } from './issues.js';
export { parseIdNumber, type IdKind, type IdNumberInfo, type IdNumberResult, type IdRegion } from './identity/id-number.js';
export { validateCreditCode, type CreditCodeResult } from './identity/credit-code.js';
export { resolveRegion, type RegionResolution } from './region/resolve-region.js';
export { searchRegions, type RegionHit, type RegionMatch, type SearchRegionsOptions } from './region/search-regions.js';
export { findRegionByCode, fullRegionName, REGION_DATA_VINTAGE, type Region, type RegionLevel } from './region/catalogue.js';
export { isWorkingDay, addWorkingDays, workingDaysBetween } from './calendar/working-days.js';
export { DECISIONS, DECISION_NAMES, ISSUERS, ISSUER_NAMES, type Decision, type Issuer, type AgencyMilestone } from './policy/vocabulary.js';
