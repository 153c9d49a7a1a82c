/**
 * A transfer case as hosts store it: plain JSON with a schema version, the application and its
 * validation, the stage of the employee/HR part, one item per insurance type that needs the
 * agency, and the full history. The case's state is derived (caseState), never stored.
 */
import type { InsuranceType } from '../application/insurance-types.js';
import type { AgencyMilestone, Decision } from '../policy/vocabulary.js';
import type { StepResult, TransferResult } from '../result.js';

export const CASE_SCHEMA_VERSION = 1;

/** Where the employee/HR part stands; once sent, the items tell the rest. */
export type CaseStage = 'draft' | 'pending-review' | 'approved' | 'returned' | 'sent' | 'withdrawn';

/** The state of a case, derived from its stage and items. */
export type CaseState =
  | 'draft'
  | 'pending-review'
  | 'approved'
  | 'submitted'
  | 'in-transfer'
  | 'completed'
  | 'returned'
  | 'withdrawn';

/** An insurance item at the agency: waiting to be sent, then submitted → accepted → completed, or rejected. */
export type ItemState = 'waiting' | 'submitted' | 'accepted' | 'completed' | 'rejected';

export const RETURN_REASONS = ['materials-incomplete', 'information-wrong', 'policy-not-met', 'other'] as const;
export type ReturnReasonCode = (typeof RETURN_REASONS)[number];

export interface Reason {
  code: ReturnReasonCode;
  /** Required for "other". */
  text?: string;
}

export interface Actor {
  id?: string;
  name?: string;
  /** When given, events check that the role may send them. */
  role?: 'employee' | 'hr' | 'agency' | 'system';
}

/**
 * A step of an item: the policy's step (StepResult), its `due` date set when the item is sent and
 * moved as earlier steps complete, and the China date it was completed.
 */
export interface CaseStep extends Omit<StepResult, 'status'> {
  completedAt?: string;
}

export interface CaseItem {
  insurance: InsuranceType;
  decision: Decision;
  state: ItemState;
  steps: CaseStep[];
  submittedAt?: string;
  acceptedAt?: string;
  completedAt?: string;
  rejection?: Reason & { at: string };
  estimatedCompletion?: string;
}

export type CaseEventType =
  | 'create'
  | 'edit'
  | 'submit'
  | 'approve'
  | 'return'
  | 'send-to-agency'
  | 'agency-accept'
  | 'agency-reject'
  | 'complete-step'
  | 'agency-complete'
  | 'withdraw';

/** A part of an application that could not be read as JSON and was left out of the case (or stored as null). */
export interface DroppedField {
  code: 'input.unreadable' | 'input.cyclic' | 'input.too-deep' | 'input.too-large' | 'input.not-json';
  /** Where in the application, e.g. ["applicant", "name"]. */
  path: (string | number)[];
}

/** The agency's report an entry came from (applyAgencyUpdate). */
export interface AgencyReport {
  /** The status as the agency gave it, e.g. "已发联系函" or a vendor's code. */
  status: string;
  milestone: AgencyMilestone | 'returned';
  /** When the agency says it happened. */
  at?: string;
  /** The agency's reference for its record, e.g. a 业务流水号. */
  reference?: string;
}

export interface HistoryEntry {
  /** 1, 2, 3… */
  seq: number;
  event: CaseEventType;
  at: string;
  actor?: Actor;
  from: CaseState | null;
  to: CaseState;
  reason?: Reason;
  /** The items the event moved. */
  insurance?: InsuranceType[];
  step?: string;
  applicationVersion?: number;
  /** For create and edit: what of the application given could not be read and is not in the case (at most 20). */
  dropped?: DroppedField[];
  /** For events applied from an agency's report. */
  agency?: AgencyReport;
}

export interface TransferCase {
  schemaVersion: typeof CASE_SCHEMA_VERSION;
  id: string;
  /** Grows by one with every transition: compare it to detect concurrent edits. */
  version: number;
  createdAt: string;
  updatedAt: string;
  stage: CaseStage;
  application: unknown;
  applicationVersion: number;
  validation: TransferResult;
  items: CaseItem[];
  history: HistoryEntry[];
}

/** An event: plain JSON, as a host's UI or job sends it. */
export interface CaseEvent {
  type: Exclude<CaseEventType, 'create'>;
  actor?: Actor;
  reason?: Reason;
  /** For item events: the insurance type; without it the event applies to every item it can. */
  insurance?: InsuranceType;
  /** For complete-step: the step id, e.g. "destination-acceptance-letter". */
  step?: string;
  /** For edit: the new application. */
  application?: unknown;
}

export type TransitionErrorCode =
  | 'invalid-case'
  | 'invalid-event'
  | 'invalid-time'
  | 'out-of-order'
  | 'invalid-transition'
  | 'validation-failed'
  | 'missing-reason'
  | 'invalid-reason'
  | 'unknown-item'
  | 'unknown-step'
  | 'not-allowed'
  | 'version-conflict'
  | 'unknown-status'
  | 'agency-conflict';

export interface TransitionError {
  code: TransitionErrorCode;
  /** For the person at the screen (HR, the employee): no field paths or ids. */
  message: string;
  messageEn: string;
  /** For developers: which field or value was wrong, e.g. `items.0.state: Invalid option…`. */
  detail?: string;
  detailEn?: string;
  /** For validation-failed: the application's errors. */
  issues?: TransferResult['issues'];
  state?: CaseState;
  event?: string;
}

export type NotificationTemplate =
  | 'case-submitted'
  | 'case-approved'
  | 'case-returned'
  | 'sent-to-agency'
  | 'item-accepted'
  | 'item-rejected'
  | 'item-completed'
  | 'case-completed'
  | 'case-withdrawn';

export interface NotifyEffect {
  type: 'notify';
  to: 'employee' | 'hr';
  template: NotificationTemplate;
  channels: ('sms' | 'in-app')[];
  data: Record<string, string | number>;
}

export interface DeadlineEffect {
  type: 'deadline';
  insurance: InsuranceType;
  step: string;
  due: string;
}

export type Effect = NotifyEffect | DeadlineEffect;

export type TransitionResult =
  | { ok: true; case: TransferCase; effects: Effect[] }
  | { ok: false; error: TransitionError };
