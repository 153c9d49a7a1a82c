/**
 * The zod schema of a stored case, to check what comes back from a host's database before a
 * transition trusts it. The validation result inside is checked only for its outline.
 */
import { array, boolean, enum as zEnum, literal, looseObject, number, object, string, unknown } from 'zod';
import { INSURANCE_TYPES } from '../application/insurance-types.js';
import { DECISIONS, ISSUERS } from '../policy/vocabulary.js';
import { RETURN_REASONS } from './case-types.js';

const ReasonSchema = object({ code: zEnum(RETURN_REASONS), text: string().optional() });
const ActorSchema = object({
  id: string().optional(),
  name: string().optional(),
  role: zEnum(['employee', 'hr', 'agency', 'system']).optional(),
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
  workingDays: number().int().nonnegative(),
  due: string().optional(),
  completedAt: string().optional(),
  ruleId: string(),
  source: looseObject({ document: string() }),
});

export const CaseItemSchema = object({
  insurance: zEnum(INSURANCE_TYPES),
  decision: zEnum(DECISIONS),
  state: zEnum(['waiting', 'submitted', 'accepted', 'completed', 'rejected']),
  steps: array(CaseStepSchema),
  submittedAt: string().optional(),
  acceptedAt: string().optional(),
  completedAt: string().optional(),
  rejection: object({ code: zEnum(RETURN_REASONS), text: string().optional(), at: string() }).optional(),
  estimatedCompletion: string().optional(),
});

export const HistoryEntrySchema = object({
  seq: number().int().positive(),
  event: zEnum(EVENTS),
  at: string(),
  actor: ActorSchema.optional(),
  from: zEnum(STATES).nullable(),
  to: zEnum(STATES),
  reason: ReasonSchema.optional(),
  insurance: array(zEnum(INSURANCE_TYPES)).optional(),
  step: string().optional(),
  applicationVersion: number().int().positive().optional(),
});

export const TransferCaseSchema = object({
  schemaVersion: literal(1),
  id: string().min(1),
  version: number().int().positive(),
  createdAt: string(),
  updatedAt: string(),
  stage: zEnum(['draft', 'pending-review', 'approved', 'returned', 'sent', 'withdrawn']),
  application: unknown(),
  applicationVersion: number().int().positive(),
  validation: looseObject({ ok: boolean(), items: array(unknown()), issues: array(unknown()), policyVersion: string() }),
  items: array(CaseItemSchema),
  history: array(HistoryEntrySchema).min(1),
});

export const CaseEventSchema = object({
  type: zEnum(EVENTS.filter((e) => e !== 'create') as [Exclude<(typeof EVENTS)[number], 'create'>, ...Exclude<(typeof EVENTS)[number], 'create'>[]]),
  actor: ActorSchema.optional(),
  reason: looseObject({ code: string(), text: unknown().optional() }).optional(),
  insurance: zEnum(INSURANCE_TYPES).optional(),
  step: string().optional(),
  application: unknown().optional(),
});
