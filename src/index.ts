/**
 * shebao-transfer — the browser-safe core: validation, policy matching, identity and region
 * checks, and the Chinese working-day calendar. Loading policies from disk lives in
 * `shebao-transfer/node`.
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
  ApplicantSchema,
  EmployerSchema,
  PlaceSchema,
  ContributionSchema,
  ContributionsSchema,
  MaterialSchema,
  InsuranceTypeSchema,
  TransferReasonSchema,
  PensionSchemeSchema,
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

export { ISSUE_CODES, createIssue, type Issue, type IssueCode, type IssuePath, type Severity, type Source, type Locale } from './issues.js';

export { parseIdNumber, upgradeFirstGenerationId, type IdKind, type IdNumberInfo, type IdNumberResult, type IdRegion } from './identity/id-number.js';
export { validateCreditCode, creditCodeCheckCharacter, type CreditCodeResult } from './identity/credit-code.js';
export { mod11CheckCharacter } from './identity/mod11-2.js';

export { resolveRegion, type RegionResolution } from './region/resolve-region.js';
export { searchRegions, editDistance, type RegionHit, type RegionMatch, type SearchRegionsOptions } from './region/search-regions.js';
export { findRegionByCode, fullRegionName, REGION_DATA_VINTAGE, type Region, type RegionLevel } from './region/catalogue.js';

export { isWorkingDay, addWorkingDays, workingDaysBetween, isYearInCalendarData, yearsBeyondCalendarData } from './calendar/working-days.js';
export { InvalidDateError } from './calendar/iso-date.js';
export { WorkingCalendar, type CalendarDataSource } from './calendar/working-calendar.js';
export { CalendarFileSchema, type CalendarYear, type CalendarFile, type CalendarSource } from './calendar/calendar-year.js';

export { getBundledPolicies } from './policy/bundled-policies.js';
export {
  compilePolicies,
  compilePolicySet,
  type PolicySet,
  type PolicyDocument,
  type CompiledPolicy,
  type CompiledPolicySet,
  type CompileOptions,
  type PolicyMeta,
  type PolicyLayer,
} from './policy/compile-policies.js';
export { selectParts, type SelectedParts } from './policy/select-parts.js';
export { PolicyError, formatPolicyProblem, type PolicyProblem } from './policy/policy-error.js';
export { POLICY_PROBLEM_CODES, type PolicyProblemCode, type ProblemSeverity } from './policy/problem-codes.js';
export { lintDocuments, type LintDocumentsOptions } from './policy/lint/lint-documents.js';
export { formatChecklistMarkdown } from './checklist/format-checklist-markdown.js';
export { INPUT_LIMITS, POLICY_LIMITS } from './input/limits.js';
export {
  summarizeCases,
  createCaseSummary,
  type SummaryOptions,
  type CaseStatistics,
  type CaseSummary,
  type MonthFigures,
  type RouteFigures,
  type InsuranceFigures,
  type ReasonFigures,
  type DayBucket,
} from './statistics/case-summary.js';
export { renderStatisticsHtml, type RenderStatisticsOptions } from './statistics/render-statistics-html.js';
export {
  checkRoster,
  createRosterCheck,
  mapRosterColumns,
  type RosterOptions,
  type RosterIssue,
  type RosterRow,
  type RosterSummary,
  type RosterColumns,
  type RosterReport,
  type RosterRecord,
  type RosterCheck,
} from './roster/check-roster.js';
export { ROSTER_FIELDS, type RosterField, type FieldKind } from './roster/roster-fields.js';
export { normaliseCell, parseDate as parseRosterDate, parseChineseNumber, type NormalisedCell, type CellNote } from './roster/normalise-cell.js';
export {
  comparePolicies,
  createImpactComparison,
  type CompareOptions,
  type ImpactComparison,
  type ImpactGroup,
  type ImpactReport,
  type InputImpact,
} from './impact/compare-policies.js';
export { diffResults, CHANGE_KINDS, type ChangeKind, type ResultChange } from './impact/diff-results.js';
export { DECISIONS, DECISION_NAMES, ISSUERS, ISSUER_NAMES, FILE_FORMATS, type Decision, type Issuer, type FileFormat } from './policy/vocabulary.js';
export type { PolicyFile, DecisionRule, MaterialRequirement, Step, MaterialKind, TopLevelCondition, NestedCondition } from './policy/schema.js';
export { FACTS, type FactName, type Facts } from './engine/facts.js';
export { CUSTOM_OPERATORS } from './engine/operators.js';
export { compileCondition, type Predicate } from './engine/compile-condition.js';
export { describeCondition } from './engine/describe-condition.js';
export {
  explainRoute,
  type ExplainOptions,
  type RouteExplanation,
  type ExplainedItem,
  type ExplainedRule,
  type ExplainedDocument,
  type ExplainedStep,
} from './explain-route.js';
export { runPolicyTest, type PolicyTestOutcome } from './policy-tests/run-policy-test.js';
export type { Expectation, PolicyTestCase, PolicyTestFile } from './policy-tests/schema.js';
export { computeFacts, type FactsResult } from './compute-facts.js';
export { detectFileType, type DetectedFileType } from './material/detect-file-type.js';
export { createCase, type CaseOptions } from './workflow/create-case.js';
export { transition, type TransitionOptions } from './workflow/transition.js';
export { transitionMany, type BatchOutcome, type BatchResult } from './workflow/transition-many.js';
export { caseState, isTerminal } from './workflow/case-state.js';
export { overdue, type OverdueStep } from './workflow/overdue.js';
export { upgradeCase, type UpgradeResult } from './workflow/upgrade-case.js';
export { toMermaid, CASE_STATES, ITEM_STATES, CASE_EVENTS, ITEM_EVENTS, CASE_DIAGRAM } from './workflow/machine.js';
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
