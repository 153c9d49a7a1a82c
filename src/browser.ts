/**
 * shebao-transfer/browser — what a web page needs, built to be small: validation with the bundled
 * rules, region search, identity checks, working days and the transfer workflow. It loads no
 * `node:` module, evaluates no strings as code (it runs under a Content Security Policy without
 * 'unsafe-eval'), and carries no rule engine: conditions run on the package's own evaluator.
 * Policy maintenance (YAML, lint, overlays, impact) and reports live in `shebao-transfer` and
 * `shebao-transfer/node`.
 */
export * from './validation-api.js';
export { ApplicationSchema, MaterialSchema } from './application/input-schemas.js';
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
