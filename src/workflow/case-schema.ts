/**
 * The zod schema of a stored case, to check what comes back from a host's database before a
 * transition trusts it. The validation result inside is checked only for its outline.
 */
import { array, boolean, enum as zEnum, int, literal, looseObject, minLength, nullable, object, optional, positive, nonnegative, string, union, unknown } from 'zod/mini';
import '../application/zod-setup.js';
import { INSURANCE_TYPES } from '../application/insurance-types.js';
import { AGENCY_MILESTONES, DECISIONS, ISSUERS } from '../policy/vocabulary.js';
import { RETURN_REASONS } from './case-types.js';

const ReasonSchema = object({ code: zEnum(RETURN_REASONS), text: optional(string()) });
const ActorSchema = object({
  id: optional(string()),
  name: optional(string()),
  role: optional(zEnum(['employee', 'hr', 'agency', 'system'])),
});
const STATES = ['draft', 'pending-review', 'approved', 'submitted', 'in-transfer', 'completed', 'returned', 'withdrawn'] as const;
const EVENTS = [
  'create',
  'edit',
  'submit',
  'approve',
  'return',
  'send-to-agency',
  'agency-accept',
  'agency-reject',
  'complete-step',
  'agency-complete',
  'withdraw',
] as const;

export const CaseStepSchema = object({
  step: string(),
  name: string(),
  nameEn: string(),
  actor: zEnum(ISSUERS),
  workingDays: optional(int().check(nonnegative())),
  due: optional(string()),
  endsWith: optional(zEnum(AGENCY_MILESTONES)),
  completedAt: optional(string()),
  ruleId: string(),
  source: looseObject({ document: string() }),
});

export const CaseItemSchema = object({
  insurance: zEnum(INSURANCE_TYPES),
  decision: zEnum(DECISIONS),
  state: zEnum(['waiting', 'submitted', 'accepted', 'completed', 'rejected']),
  steps: array(CaseStepSchema),
  submittedAt: optional(string()),
  acceptedAt: optional(string()),
  completedAt: optional(string()),
  rejection: optional(object({ code: zEnum(RETURN_REASONS), text: optional(string()), at: string() })),
  estimatedCompletion: optional(string()),
});

export const HistoryEntrySchema = object({
  seq: int().check(positive()),
  event: zEnum(EVENTS),
  at: string(),
  actor: optional(ActorSchema),
  from: nullable(zEnum(STATES)),
  to: zEnum(STATES),
  reason: optional(ReasonSchema),
  insurance: optional(array(zEnum(INSURANCE_TYPES))),
  step: optional(string()),
  applicationVersion: optional(int().check(positive())),
  dropped: optional(array(object({ code: zEnum(['input.unreadable', 'input.cyclic', 'input.too-deep', 'input.too-large', 'input.not-json']), path: array(union([string(), int()])) }))),
  agency: optional(
    object({ status: string(), milestone: zEnum([...AGENCY_MILESTONES, 'returned']), at: optional(string()), reference: optional(string()) }),
  ),
});

/** The case's own fields, checked on every read. */
export const CASE_HEAD_SHAPE = {
  schemaVersion: literal(1),
  id: string().check(minLength(1)),
  version: int().check(positive()),
  createdAt: string(),
  updatedAt: string(),
  stage: zEnum(['draft', 'pending-review', 'approved', 'returned', 'sent', 'withdrawn']),
  applicationVersion: int().check(positive()),
};

/** The case's large parts, checked when they are not ones the library made (see trusted.ts). */
export const CASE_PART_SHAPE = {
  application: unknown(),
  validation: looseObject({ ok: boolean(), items: array(unknown()), issues: array(unknown()), policyVersion: string() }),
  items: array(CaseItemSchema),
  history: array(HistoryEntrySchema).check(minLength(1)),
};

export const TransferCaseSchema = object({ ...CASE_HEAD_SHAPE, ...CASE_PART_SHAPE });

export const CaseEventSchema = object({
  type: zEnum(EVENTS.filter((e) => e !== 'create') as [Exclude<(typeof EVENTS)[number], 'create'>, ...Exclude<(typeof EVENTS)[number], 'create'>[]]),
  actor: optional(ActorSchema),
  reason: optional(looseObject({ code: string(), text: optional(unknown()) })),
  insurance: optional(zEnum(INSURANCE_TYPES)),
  step: optional(string()),
  application: optional(unknown()),
});
