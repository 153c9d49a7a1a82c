/**
 * shebao-transfer/browser — what a web page needs, built to be small: validation with the bundled
 * rules, region search, identity checks, working days and the transfer workflow. It loads no
 * `node:` module, evaluates no strings as code (it runs under a Content Security Policy without
 * 'unsafe-eval'), and carries no rule engine: conditions run on the package's own evaluator.
 * Policy maintenance (YAML, lint, overlays, impact) and reports live in `shebao-transfer` and
 * `shebao-transfer/node`.
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
/** The browser build has no roster check: its catalogue is validation's codes. */
export { CORE_ISSUE_CODES as ISSUE_CODES, type Issue, type IssueCode, type IssuePath, type Severity, type Source, type Locale } from './issues.js';
export { parseIdNumber, type IdKind, type IdNumberInfo, type IdNumberResult, type IdRegion } from './identity/id-number.js';
export { validateCreditCode, type CreditCodeResult } from './identity/credit-code.js';
export { resolveRegion, type RegionResolution } from './region/resolve-region.js';
export { searchRegions, type RegionHit, type RegionMatch, type SearchRegionsOptions } from './region/search-regions.js';
export { findRegionByCode, fullRegionName, REGION_DATA_VINTAGE, type Region, type RegionLevel } from './region/catalogue.js';
export { isWorkingDay, addWorkingDays, workingDaysBetween } from './calendar/working-days.js';
export { DECISIONS, DECISION_NAMES, ISSUERS, ISSUER_NAMES, type Decision, type Issuer, type AgencyMilestone } from './policy/vocabulary.js';
export { createCase, type CaseOptions } from './workflow/create-case.js';
export { transition, type TransitionOptions } from './workflow/transition.js';
export { transitionMany, type BatchOutcome, type BatchResult } from './workflow/transition-many.js';
export { caseState, isTerminal } from './workflow/case-state.js';
export { overdue, type OverdueStep } from './workflow/overdue.js';
export { upgradeCase, type UpgradeResult } from './workflow/upgrade-case.js';
export { CASE_STATES, ITEM_STATES, CASE_EVENTS, ITEM_EVENTS } from './workflow/machine.js';
export { NOTIFICATION_TEMPLATES, RETURN_REASON_NAMES, renderNotification } from './workflow/notifications.js';
export { TransferCaseSchema } from './workflow/case-schema.js';
export {
  CASE_SCHEMA_VERSION,
  RETURN_REASONS,
  type TransferCase,
  type CaseEvent,
  type CaseEventType,
  type CaseItem,
  type CaseStep,
  type CaseStage,
  type CaseState,
  type ItemState,
  type HistoryEntry,
  type DroppedField,
  type AgencyReport,
  type Actor,
  type Reason as ReturnReason,
  type ReturnReasonCode,
  type Effect,
  type NotifyEffect,
  type DeadlineEffect,
  type NotificationTemplate,
  type TransitionResult,
  type TransitionError,
  type TransitionErrorCode,
} from './workflow/case-types.js';
