/**
 * shebao-transfer — the core: everything the browser entry has (validation, regions, identity,
 * working days, the workflow) plus the policy tools and reports, all free of `node:` modules.
 * Loading policies from disk lives in `shebao-transfer/node`.
 */
export * from './browser.js';
// Validation alone, with retired regions resolving to their successors (the browser build goes without the history).
export * from './validate.js';
// The whole catalogue, with the roster check's codes (the browser build's has validation's only).
export { ISSUE_CODES } from './issue-catalogue.js';

export {
  ApplicantSchema,
  EmployerSchema,
  PlaceSchema,
  ContributionSchema,
  ContributionsSchema,
  InsuranceTypeSchema,
  TransferReasonSchema,
  PensionSchemeSchema,
} from './application/input-schemas.js';

export { createIssue } from './issues.js';

export { upgradeFirstGenerationId } from './identity/id-number.js';
export { creditCodeCheckCharacter } from './identity/credit-code.js';
export { mod11CheckCharacter } from './identity/mod11-2.js';

export { editDistance } from './region/search-regions.js';

export { isYearInCalendarData, yearsBeyondCalendarData } from './calendar/working-days.js';
export { InvalidDateError } from './calendar/iso-date.js';
export { WorkingCalendar, type CalendarDataSource } from './calendar/working-calendar.js';
export {
  CalendarFileSchema,
  type CalendarYear,
  type CalendarFile,
  type CalendarSource,
} from './calendar/calendar-year.js';

export { compilePolicies, compilePolicySet } from './policy/compile-policy-set.js';
export {
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
export { POLICY_LIMITS } from './input/limits.js';
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
  type OverdueFigure,
  OVERDUE_LISTED,
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
export {
  normaliseCell,
  parseDate as parseRosterDate,
  parseChineseNumber,
  type NormalisedCell,
  type CellNote,
} from './roster/normalise-cell.js';
export {
  comparePolicies,
  createImpactComparison,
  type CompareOptions,
  type ImpactComparison,
  type ImpactGroup,
  type ImpactReport,
  type InputImpact,
} from './impact/compare-policies.js';
export {
  diffResults,
  CHANGE_KINDS,
  type ChangeKind,
  type ResultChange,
} from './impact/diff-results.js';
export { FILE_FORMATS, type FileFormat } from './policy/vocabulary.js';
export type {
  PolicyFile,
  DecisionRule,
  MaterialRequirement,
  Step,
  MaterialKind,
  TopLevelCondition,
  NestedCondition,
} from './policy/schema.js';
export { FACTS, type FactName, type Facts } from './engine/facts.js';
export { CUSTOM_OPERATORS } from './engine/operators.js';
export { type Predicate } from './engine/compile-condition.js';
export { compileCondition } from './engine/condition-checks.js';
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

export { toMermaid, CASE_DIAGRAM } from './workflow/machine.js';

export { EVENT_NAMES, ROLE_NAMES } from './workflow/machine.js';
export {
  applyAgencyUpdate,
  applyAgencyUpdateMany,
  type AgencyUpdate,
  type AgencyUpdateOptions,
  type AgencyUpdateResult,
  type AgencyBatchOutcome,
  type AgencyBatchResult,
} from './workflow/agency-update.js';
export {
  DEFAULT_AGENCY_STATUSES,
  AGENCY_STATUS_NAMES,
  MILESTONE_RANK,
  type AgencyStatus,
  type AgencyStatusMeaning,
  type AgencyStatusMap,
} from './workflow/agency-statuses.js';
export { AGENCY_MILESTONES } from './policy/vocabulary.js';
