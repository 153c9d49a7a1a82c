/**
 * The schema of policy files and of the material catalogue, as maintainers write them in YAML.
 * The JSON Schema under rules/schema/ is generated from these (`npm run generate:schema`).
 */
import { array, boolean, enum as zEnum, lazy, literal, number, partialRecord, record, strictObject, string, union, unknown, url, iso } from 'zod';
import '../application/zod-setup.js';
import type { z } from 'zod';
import { InsuranceTypeSchema } from '../application/schema.js';
import { SUPPORTED_PATH } from '../engine/condition-checks.js';
import { AGENCY_MILESTONES, DECISIONS, FILE_FORMATS, ISSUERS } from './vocabulary.js';
import { ID_KINDS } from '../identity/id-kinds.js';

const date = iso.date();
const ruleId = string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'lower-case words joined by "." or "-", e.g. pension.temporary-account');

/** A region scope: "*" for any, or a 2-, 4- or 6-digit GB/T 2260 code prefix. */
export const ScopeCodeSchema = union([literal('*'), string().regex(/^(\d{2}|\d{4}|\d{6})$/, '"*" or a 2-, 4- or 6-digit region code')]);

export const SourceSchema = strictObject({
  document: string().min(1),
  article: string().optional(),
  title: string().optional(),
  url: url().optional(),
  verified: boolean().optional(),
  note: string().optional(),
});

/** A citation that refines the policy's own: usually just the article. */
export const PartSourceSchema = SourceSchema.partial();

export const EffectiveSchema = strictObject({
  from: date,
  to: date.optional(),
});

export const StatusSchema = zEnum(['verified', 'unverified']);

// json-rules-engine's condition format.
export interface FactCondition {
  fact: string;
  operator: string;
  value: unknown;
  path?: string;
  priority?: number;
  name?: string;
}
export interface ConditionReference {
  condition: string;
  priority?: number;
  name?: string;
}
export type TopLevelCondition =
  | { all: NestedCondition[]; priority?: number; name?: string }
  | { any: NestedCondition[]; priority?: number; name?: string }
  | { not: NestedCondition; priority?: number; name?: string }
  | ConditionReference;
export type NestedCondition = FactCondition | TopLevelCondition;

const conditionMeta = { priority: number().int().positive().optional(), name: string().optional() };

export const FactConditionSchema = strictObject({
  fact: string().min(1),
  operator: string().min(1),
  value: unknown().refine((v) => v !== undefined, 'value is required'),
  path: string().regex(SUPPORTED_PATH, 'a path like $.a.b or $.list[0]').optional(),
  ...conditionMeta,
});

export const TopLevelConditionSchema: z.ZodType<TopLevelCondition> = lazy(() =>
  union([
    strictObject({ all: array(NestedConditionSchema), ...conditionMeta }),
    strictObject({ any: array(NestedConditionSchema), ...conditionMeta }),
    strictObject({ not: NestedConditionSchema, ...conditionMeta }),
    strictObject({ condition: string().min(1), ...conditionMeta }),
  ]),
);
export const NestedConditionSchema: z.ZodType<NestedCondition> = lazy(() =>
  union([FactConditionSchema, TopLevelConditionSchema]),
);

const partBase = {
  id: ruleId,
  /** Only while this period holds; a change of law is a new entry with the same id and a later period. */
  effective: EffectiveSchema.optional(),
  status: StatusSchema.optional(),
  source: PartSourceSchema.optional(),
  /** Applies only when this holds. */
  when: TopLevelConditionSchema.optional(),
};

export const DecisionRuleSchema = strictObject({
  ...partBase,
  decision: zEnum(DECISIONS),
  /** Higher first; the first rule whose condition holds decides. */
  priority: number().int().default(0),
  message: string().min(1),
  messageEn: string().min(1),
});

/** What may be asked of an uploaded document; the catalogue sets defaults, a policy may tighten them. */
const documentConstraints = {
  /** A scanned image's shorter side must have at least this many pixels. */
  minShortSidePx: number().int().positive().optional(),
  /** A scan's resolution must be at least this many dots per inch. */
  minDpi: number().positive().optional(),
  minPages: number().int().positive().optional(),
  maxPages: number().int().positive().optional(),
  /** The document must have been issued at most this many days before today. */
  maxAgeDays: number().int().positive().optional(),
  /** Whether a photocopy (复印件) is accepted; true unless said otherwise. */
  photocopyAccepted: boolean().optional(),
  /** Whether an electronic certificate (电子证照) is accepted; true unless said otherwise. */
  electronicAccepted: boolean().optional(),
};

export const MaterialRequirementSchema = strictObject({
  ...partBase,
  kind: string().min(1),
  /** Other kinds that may be given instead (an ID card or a social security card). */
  alternatives: array(string().min(1)).optional(),
  issuer: zEnum(ISSUERS).optional(),
  sealRequired: boolean().optional(),
  formats: array(zEnum(FILE_FORMATS)).min(1).optional(),
  maxSizeBytes: number().int().positive().optional(),
  ...documentConstraints,
  /** The document must come from an agency or employer in this region of the route. */
  issuedIn: zEnum(['origin', 'destination']).optional(),
  /** The decisions for which this document is needed. */
  forDecisions: array(zEnum(DECISIONS)).min(1).optional(),
  note: string().optional(),
  noteEn: string().optional(),
});

export const StepSchema = strictObject({
  ...partBase,
  name: string().min(1),
  nameEn: string().min(1),
  actor: zEnum(ISSUERS),
  /**
   * The step's time limit, counted from the end of the step before. At most 1,000: a step of years
   * is a typo, and every day of it would be counted. Left out when no source gives a limit: the
   * step then has no due date, and neither have the steps after it until it is done.
   */
  workingDays: number().int().nonnegative().max(1000).optional(),
  /** The agency's report that ends the step (accepted, letter-sent, transferred-out, completed): the workflow closes the step then. */
  endsWith: zEnum(AGENCY_MILESTONES).optional(),
  forDecisions: array(zEnum(DECISIONS)).min(1).optional(),
});

/**
 * A notice: a warning or note the policy gives when its condition holds (a gap in contributions
 * that may bring a waiting period). `{fact}` in the texts is replaced by the fact's value.
 */
export const NoticeSchema = strictObject({
  ...partBase,
  severity: zEnum(['warning', 'info']),
  /** Where the issue points in the application, e.g. [contributions, medical, lastPaidMonth]. */
  at: array(union([string(), number().int().nonnegative()])).optional(),
  message: string().min(1),
  messageEn: string().min(1),
  /** What the person should do about it. */
  suggestion: string().min(1),
  suggestionEn: string().min(1),
  forDecisions: array(zEnum(DECISIONS)).min(1).optional(),
});

export const PolicyFileSchema = strictObject({
  id: ruleId,
  title: string().min(1),
  insurance: InsuranceTypeSchema,
  scope: strictObject({ from: ScopeCodeSchema.default('*'), to: ScopeCodeSchema.default('*') })
    .default({ from: '*', to: '*' }),
  effective: EffectiveSchema,
  status: StatusSchema.default('verified'),
  source: SourceSchema,
  /** Where the person applies (the agency they go to), as the policy's source says. */
  applyAt: zEnum(ISSUERS).optional(),
  /** Named conditions, referred to as `{ condition: name }`. */
  conditions: record(string().regex(/^[A-Za-z][\w-]*$/), TopLevelConditionSchema).optional(),
  decisions: array(DecisionRuleSchema).default([]),
  materials: array(MaterialRequirementSchema).default([]),
  steps: array(StepSchema).default([]),
  notices: array(NoticeSchema).default([]),
});

export const MaterialKindSchema = strictObject({
  kind: string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by "-"'),
  name: string().min(1),
  nameEn: string().min(1),
  issuer: zEnum(ISSUERS),
  formats: array(zEnum(FILE_FORMATS)).min(1),
  maxSizeBytes: number().int().positive(),
  sealRequired: boolean(),
  ...documentConstraints,
  /**
   * The kind asked of people who hold another identity document, by the kind of their identity
   * number: a requirement of this kind asks them for theirs instead (id-card → the residence permit).
   */
  heldInstead: partialRecord(zEnum(ID_KINDS), string().min(1)).optional(),
  note: string().optional(),
});

export const MaterialCatalogueFileSchema = strictObject({
  materials: array(MaterialKindSchema).min(1),
});

export type PolicyFile = z.output<typeof PolicyFileSchema>;
export type PolicyFileInput = z.input<typeof PolicyFileSchema>;
export type DecisionRule = z.output<typeof DecisionRuleSchema>;
export type MaterialRequirement = z.output<typeof MaterialRequirementSchema>;
export type Step = z.output<typeof StepSchema>;
export type Notice = z.output<typeof NoticeSchema>;
export type MaterialKind = z.output<typeof MaterialKindSchema>;
export type PolicySource = z.output<typeof SourceSchema>;
