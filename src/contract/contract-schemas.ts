/**
 * The public contract as zod schemas, for other languages: the application (the input schema
 * itself), the validation result, issues, the stored case, events, an agency's report and what a
 * transition answers. src/build/generate-contract-schemas.ts writes them to schema/ as JSON Schema
 * 2020-12; test/contract-types.test.ts checks that each has exactly the TypeScript type of the API.
 *
 * Every object is open (written as zod's input, where unknown keys are allowed): a later minor
 * version may add fields, and a client validating our answers must not break on them; for the
 * application, fields it does not name are allowed and dropped. Not loaded by any entry of the package.
 */
import { z } from 'zod';
import { ApplicationSchema } from '../application/input-schemas.js';
import { INSURANCE_TYPES } from '../application/insurance-types.js';
import { AGENCY_MILESTONES, DECISIONS, FILE_FORMATS, ISSUERS } from '../policy/vocabulary.js';
import { CaseEventSchema as StoredEventSchema, CaseItemSchema, CaseStepSchema, HistoryEntrySchema } from '../workflow/case-schema.js';
import { RETURN_REASONS } from '../workflow/case-types.js';

const open = <T extends z.ZodRawShape>(shape: T) => z.looseObject(shape);

const Insurance = z.enum(INSURANCE_TYPES).meta({ description: 'pension, medical, unemployment, work-injury, maternity or housing-fund' });
const Decision = z.enum(DECISIONS);
const Issuer = z.enum(ISSUERS);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ format: 'date' });

export const SourceSchema = open({
  document: z.string().meta({ description: 'Document number or title, e.g. 国办发〔2009〕66号' }),
  article: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  verified: z.boolean().optional().meta({ description: 'False when the citation itself is not confirmed' }),
  note: z.string().optional(),
}).meta({ id: 'Source', title: 'The legal source of a rule' });

export const IssueSchema = open({
  code: z
    .string()
    .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/)
    .meta({ description: 'Stable dotted code (id.checksum, region.retired…); the catalogue in docs/api.md lists them. New codes may be added in minor versions.' }),
  severity: z.enum(['error', 'warning', 'info']),
  path: z.array(z.union([z.string(), z.int()])).meta({ description: 'Where in the application, e.g. ["documents", 2, "issuedAt"]; [] for the whole' }),
  message: z.string().meta({ description: 'For the person filling in the form, in the requested locale (Chinese by default)' }),
  messageEn: z.string(),
  suggestion: z.string().optional(),
  suggestionEn: z.string().optional(),
  detail: z.string().optional().meta({ description: 'For developers and policy maintainers, never for the applicant: field path, rule id, what to change' }),
  detailEn: z.string().optional(),
  ruleId: z.string().optional(),
  source: SourceSchema.optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional().meta({ description: 'The values the messages were filled with' }),
}).meta({ id: 'Issue', title: 'A problem found, with messages for the applicant and a detail for developers' });

const RouteEndSchema = open({
  code: z.string().meta({ description: 'The 6-digit GB/T 2260 code' }),
  level: z.enum(['province', 'city', 'county']),
  name: z.string(),
  city: z.string().optional(),
  province: z.string(),
  statistical: z.literal(true).optional().meta({ description: 'A development or management zone, counted as part of its city' }),
}).meta({ id: 'RouteEnd' });

const ReasonSchema = open({
  ruleId: z.string(),
  decision: Decision.optional(),
  message: z.string(),
  messageEn: z.string(),
  source: SourceSchema,
  status: z.literal('unverified').optional(),
});

const DocumentAlternativeSchema = open({ kind: z.string(), name: z.string(), nameEn: z.string() });

const RequiredDocumentSchema = open({
  kind: z.string().meta({ description: 'Material kind id of the catalogue (rules/materials.yaml), e.g. id-card' }),
  name: z.string(),
  nameEn: z.string(),
  issuer: Issuer,
  issuerName: z.string(),
  sealRequired: z.boolean(),
  formats: z.array(z.enum(FILE_FORMATS)),
  maxSizeBytes: z.number(),
  alternatives: z.array(DocumentAlternativeSchema).optional(),
  issuedIn: z.enum(['origin', 'destination']).optional(),
  minShortSidePx: z.number().optional(),
  minDpi: z.number().optional(),
  minPages: z.number().optional(),
  maxPages: z.number().optional(),
  maxAgeDays: z.number().optional(),
  photocopyAccepted: z.boolean(),
  electronicAccepted: z.boolean(),
  provided: z.boolean(),
  ruleId: z.string(),
  source: SourceSchema,
  status: z.literal('unverified').optional(),
  note: z.string().optional(),
}).meta({ id: 'RequiredDocument' });

const StepSchema = open({
  step: z.string(),
  name: z.string(),
  nameEn: z.string(),
  actor: Issuer,
  workingDays: z.number().optional().meta({ description: 'Time limit in Chinese working days; absent when no source gives one' }),
  due: IsoDate.optional(),
  endsWith: z.enum(AGENCY_MILESTONES).optional(),
  ruleId: z.string(),
  source: SourceSchema,
  status: z.literal('unverified').optional(),
}).meta({ id: 'Step' });

const ItemSchema = open({
  insurance: Insurance,
  insuranceName: z.string(),
  decision: Decision,
  provisionalDecision: Decision.optional(),
  reasons: z.array(ReasonSchema),
  conditions: z.array(open({ ruleId: z.string(), decision: Decision, met: z.boolean() })),
  requiredDocuments: z.array(RequiredDocumentSchema),
  steps: z.array(StepSchema),
  estimatedCompletion: IsoDate.optional(),
  applyAt: Issuer.optional(),
}).meta({ id: 'Item', title: 'What happens to one insurance type' });

export const TransferResultSchema = open({
  ok: z.boolean().meta({ description: 'True when no issue has severity "error"' }),
  route: open({ from: RouteEndSchema.nullable(), to: RouteEndSchema.nullable() }),
  policyVersion: z.string(),
  referenceDate: IsoDate.optional(),
  items: z.array(ItemSchema),
  issues: z.array(IssueSchema),
}).meta({ id: 'ValidationResult', title: 'What validateTransfer answers' });

/** The application as stored in a case: what was validated, as JSON. */
const StoredApplicationSchema = ApplicationSchema;

/** A case's step carries the step's full source. */
const CaseItemContractSchema = z.object({
  ...CaseItemSchema.shape,
  steps: z.array(z.object({ ...CaseStepSchema.shape, source: SourceSchema })),
});

export const TransferCaseSchema = open({
  schemaVersion: z.literal(1),
  id: z.string().min(1),
  version: z.int().positive().meta({ description: 'Grows by one with every transition: compare it to detect concurrent edits' }),
  createdAt: z.string(),
  updatedAt: z.string(),
  stage: z.enum(['draft', 'pending-review', 'approved', 'returned', 'sent', 'withdrawn']),
  application: StoredApplicationSchema,
  applicationVersion: z.int().positive(),
  validation: TransferResultSchema,
  items: z.array(CaseItemContractSchema),
  history: z.array(HistoryEntrySchema).min(1),
}).meta({ id: 'TransferCase', title: 'A transfer case as stored' });

export const CaseEventSchema = z
  .object({
    ...StoredEventSchema.shape,
    reason: open({ code: z.enum(RETURN_REASONS), text: z.string().optional() }).optional().meta({ description: 'For return and agency-reject; text required for "other"' }),
    application: z.optional(ApplicationSchema).meta({ description: 'For edit: the new application' }),
  })
  .meta({ id: 'CaseEvent', title: 'An event for transition()' });

export const AgencyUpdateSchema = z
  .object({
    insurance: Insurance,
    status: z.string().min(1).meta({ description: 'The agency status as given: 已发联系函, letter-sent, or a code of the vendor’s own map' }),
    at: z.string().optional().meta({ description: 'ISO 8601 with a time zone' }),
    reason: z.union([z.string(), z.object({ code: z.string().optional(), text: z.string().optional() })]).optional(),
    reference: z.string().optional().meta({ description: 'The agency’s reference, e.g. a 业务流水号' }),
    caseId: z.string().optional(),
  })
  .meta({ id: 'AgencyUpdate', title: 'An agency’s report on one item' });

export const TransitionErrorSchema = open({
  code: z.enum([
    'invalid-case',
    'invalid-event',
    'invalid-time',
    'out-of-order',
    'invalid-transition',
    'validation-failed',
    'missing-reason',
    'invalid-reason',
    'unknown-item',
    'unknown-step',
    'not-allowed',
    'version-conflict',
    'unknown-status',
    'agency-conflict',
  ]),
  message: z.string().meta({ description: 'For the person at the screen: no field paths or ids' }),
  messageEn: z.string(),
  detail: z.string().optional(),
  detailEn: z.string().optional(),
  issues: z.array(IssueSchema).optional(),
  state: z.enum(['draft', 'pending-review', 'approved', 'submitted', 'in-transfer', 'completed', 'returned', 'withdrawn']).optional(),
  event: z.string().optional(),
}).meta({ id: 'TransitionError', title: 'Why a transition was refused' });

const NotifyEffectSchema = open({
  type: z.literal('notify'),
  to: z.enum(['employee', 'hr']),
  template: z.enum(['case-submitted', 'case-approved', 'case-returned', 'sent-to-agency', 'item-accepted', 'item-rejected', 'item-completed', 'case-completed', 'case-withdrawn']),
  channels: z.array(z.enum(['sms', 'in-app'])),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
});
const DeadlineEffectSchema = open({ type: z.literal('deadline'), insurance: Insurance, step: z.string(), due: IsoDate });

export const EffectSchema = z.discriminatedUnion('type', [NotifyEffectSchema, DeadlineEffectSchema]).meta({ id: 'Effect', title: 'What the host should do after a transition' });

const LineHead = {
  line: z.int().positive().meta({ description: 'The line of the input, from 1' }),
  id: z.string().nullable().meta({ description: 'The application’s own id (a number as text), or null' }),
};

export const NdjsonFullLineSchema = open({ ...LineHead, ...TransferResultSchema.shape }).meta({ id: 'NdjsonFullLine', title: 'A line of validate --ndjson --output full' });

export const NdjsonSummaryLineSchema = open({
  ...LineHead,
  ok: z.boolean(),
  items: z.array(open({ insurance: Insurance, decision: Decision, estimatedCompletion: IsoDate.optional() })),
  issues: z.array(open({ code: IssueSchema.shape.code, severity: IssueSchema.shape.severity, path: IssueSchema.shape.path })),
}).meta({ id: 'NdjsonSummaryLine', title: 'A line of validate --ndjson --output summary' });

/** The files of schema/, by name. */
export const CONTRACT_SCHEMAS = {
  application: { schema: ApplicationSchema, io: 'input', title: 'shebao-transfer application (input contract v1)' },
  'validation-result': { schema: TransferResultSchema, io: 'input', title: 'shebao-transfer validation result' },
  issue: { schema: IssueSchema, io: 'input', title: 'shebao-transfer issue' },
  case: { schema: TransferCaseSchema, io: 'input', title: 'shebao-transfer transfer case' },
  'case-event': { schema: CaseEventSchema, io: 'input', title: 'shebao-transfer case event' },
  'agency-update': { schema: AgencyUpdateSchema, io: 'input', title: 'shebao-transfer agency report' },
  'transition-error': { schema: TransitionErrorSchema, io: 'input', title: 'shebao-transfer transition refusal' },
  effect: { schema: EffectSchema, io: 'input', title: 'shebao-transfer transition effect' },
  'ndjson-full-line': { schema: NdjsonFullLineSchema, io: 'input', title: 'shebao-transfer validate --ndjson line (full)' },
  'ndjson-summary-line': { schema: NdjsonSummaryLineSchema, io: 'input', title: 'shebao-transfer validate --ndjson line (summary)' },
} as const;
