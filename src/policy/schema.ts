/**
 * The schema of policy files and of the material catalogue, as maintainers write them in YAML.
 * The JSON Schema under rules/schema/ is generated from these (`npm run generate:schema`).
 */
import { z } from 'zod';
import { InsuranceTypeSchema } from '../application/schema.js';
import { DECISIONS, FILE_FORMATS, ISSUERS } from './vocabulary.js';

const date = z.iso.date();
const ruleId = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'lower-case words joined by "." or "-", e.g. pension.temporary-account');

/** A region scope: "*" for any, or a 2-, 4- or 6-digit GB/T 2260 code prefix. */
export const ScopeCodeSchema = z.union([z.literal('*'), z.string().regex(/^(\d{2}|\d{4}|\d{6})$/, '"*" or a 2-, 4- or 6-digit region code')]);

export const SourceSchema = z.strictObject({
  document: z.string().min(1),
  article: z.string().optional(),
  title: z.string().optional(),
  url: z.url().optional(),
  verified: z.boolean().optional(),
  note: z.string().optional(),
});

/** A citation that refines the policy's own: usually just the article. */
export const PartSourceSchema = SourceSchema.partial();

export const EffectiveSchema = z.strictObject({
  from: date,
  to: date.optional(),
});

export const StatusSchema = z.enum(['verified', 'unverified']);

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

const conditionMeta = { priority: z.number().int().positive().optional(), name: z.string().optional() };

export const FactConditionSchema = z.strictObject({
  fact: z.string().min(1),
  operator: z.string().min(1),
  value: z.unknown().refine((v) => v !== undefined, 'value is required'),
  path: z
    .string()
    .regex(/^\$(\.[A-Za-z_][\w-]*|\[\d+\])*$/, 'a path like $.a.b or $.list[0]')
    .optional(),
  ...conditionMeta,
});

export const TopLevelConditionSchema: z.ZodType<TopLevelCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(NestedConditionSchema), ...conditionMeta }),
    z.strictObject({ any: z.array(NestedConditionSchema), ...conditionMeta }),
    z.strictObject({ not: NestedConditionSchema, ...conditionMeta }),
    z.strictObject({ condition: z.string().min(1), ...conditionMeta }),
  ]),
);
export const NestedConditionSchema: z.ZodType<NestedCondition> = z.lazy(() =>
  z.union([FactConditionSchema, TopLevelConditionSchema]),
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

export const DecisionRuleSchema = z.strictObject({
  ...partBase,
  decision: z.enum(DECISIONS),
  /** Higher first; the first rule whose condition holds decides. */
  priority: z.number().int().default(0),
  message: z.string().min(1),
  messageEn: z.string().min(1),
});

export const MaterialRequirementSchema = z.strictObject({
  ...partBase,
  kind: z.string().min(1),
  /** Other kinds that may be given instead (an ID card or a social security card). */
  alternatives: z.array(z.string().min(1)).optional(),
  issuer: z.enum(ISSUERS).optional(),
  sealRequired: z.boolean().optional(),
  formats: z.array(z.enum(FILE_FORMATS)).min(1).optional(),
  maxSizeBytes: z.number().int().positive().optional(),
  /** The document must come from an agency or employer in this region of the route. */
  issuedIn: z.enum(['origin', 'destination']).optional(),
  /** The decisions for which this document is needed. */
  forDecisions: z.array(z.enum(DECISIONS)).min(1).optional(),
  note: z.string().optional(),
  noteEn: z.string().optional(),
});

export const StepSchema = z.strictObject({
  ...partBase,
  name: z.string().min(1),
  nameEn: z.string().min(1),
  actor: z.enum(ISSUERS),
  workingDays: z.number().int().nonnegative(),
  forDecisions: z.array(z.enum(DECISIONS)).min(1).optional(),
});

export const PolicyFileSchema = z.strictObject({
  id: ruleId,
  title: z.string().min(1),
  insurance: InsuranceTypeSchema,
  scope: z
    .strictObject({ from: ScopeCodeSchema.default('*'), to: ScopeCodeSchema.default('*') })
    .default({ from: '*', to: '*' }),
  effective: EffectiveSchema,
  status: StatusSchema.default('verified'),
  source: SourceSchema,
  /** Named conditions, referred to as `{ condition: name }`. */
  conditions: z.record(z.string().regex(/^[A-Za-z][\w-]*$/), TopLevelConditionSchema).optional(),
  decisions: z.array(DecisionRuleSchema).default([]),
  materials: z.array(MaterialRequirementSchema).default([]),
  steps: z.array(StepSchema).default([]),
});

export const MaterialKindSchema = z.strictObject({
  kind: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by "-"'),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  issuer: z.enum(ISSUERS),
  formats: z.array(z.enum(FILE_FORMATS)).min(1),
  maxSizeBytes: z.number().int().positive(),
  sealRequired: z.boolean(),
  note: z.string().optional(),
});

export const MaterialCatalogueFileSchema = z.strictObject({
  materials: z.array(MaterialKindSchema).min(1),
});

export type PolicyFile = z.output<typeof PolicyFileSchema>;
export type PolicyFileInput = z.input<typeof PolicyFileSchema>;
export type DecisionRule = z.output<typeof DecisionRuleSchema>;
export type MaterialRequirement = z.output<typeof MaterialRequirementSchema>;
export type Step = z.output<typeof StepSchema>;
export type MaterialKind = z.output<typeof MaterialKindSchema>;
export type PolicySource = z.output<typeof SourceSchema>;
