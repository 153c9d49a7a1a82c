/**
 * The schema of policy files and of the material catalogue, as maintainers write them in YAML.
 * The JSON Schema under rules/schema/ is generated from these (`npm run generate:schema`).
 */
import {
  _default,
  array,
  boolean,
  enum as zEnum,
  int,
  iso,
  lazy,
  literal,
  lte,
  minLength,
  nonnegative,
  number,
  optional,
  partial,
  partialRecord,
  positive,
  record,
  refine,
  regex,
  strictObject,
  string,
  union,
  unknown,
  url,
} from 'zod/mini';
import '../application/zod-setup.js';
import type { z } from 'zod/mini';
import { InsuranceTypeSchema } from '../application/input-schemas.js';
import { SUPPORTED_PATH } from '../engine/condition-checks.js';
import { AGENCY_MILESTONES, DECISIONS, FILE_FORMATS, ISSUERS } from './vocabulary.js';
import { ID_KINDS } from '../identity/id-kinds.js';

const date = iso.date();
const ruleId = string().check(regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'lower-case words joined by "." or "-", e.g. pension.temporary-account'));
const text = () => string().check(minLength(1));

/** A region scope: "*" for any, or a 2-, 4- or 6-digit GB/T 2260 code prefix. */
export const ScopeCodeSchema = union([literal('*'), string().check(regex(/^(\d{2}|\d{4}|\d{6})$/, '"*" or a 2-, 4- or 6-digit region code'))]);

export const SourceSchema = strictObject({
  document: text(),
  article: optional(string()),
  title: optional(string()),
  url: optional(url()),
  verified: optional(boolean()),
  note: optional(string()),
});

/** A citation that refines the policy's own: usually just the article. */
export const PartSourceSchema = partial(SourceSchema);

export const EffectiveSchema = strictObject({
  from: date,
  to: optional(date),
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

const conditionMeta = { priority: optional(int().check(positive())), name: optional(string()) };

export const FactConditionSchema = strictObject({
  fact: text(),
  operator: text(),
  value: unknown().check(refine((v) => v !== undefined, 'value is required')),
  path: optional(string().check(regex(SUPPORTED_PATH, 'a path like $.a.b or $.list[0]'))),
  ...conditionMeta,
});

export const TopLevelConditionSchema: z.ZodMiniType<TopLevelCondition> = lazy(() =>
  union([
    strictObject({ all: array(NestedConditionSchema), ...conditionMeta }),
    strictObject({ any: array(NestedConditionSchema), ...conditionMeta }),
    strictObject({ not: NestedConditionSchema, ...conditionMeta }),
    strictObject({ condition: text(), ...conditionMeta }),
  ]),
);
export const NestedConditionSchema: z.ZodMiniType<NestedCondition> = lazy(() =>
  union([FactConditionSchema, TopLevelConditionSchema]),
);

const partBase = {
  id: ruleId,
  /** Only while this period holds; a change of law is a new entry with the same id and a later period. */
  effective: optional(EffectiveSchema),
  status: optional(StatusSchema),
  source: optional(PartSourceSchema),
  /** Applies only when this holds. */
  when: optional(TopLevelConditionSchema),
};

export const DecisionRuleSchema = strictObject({
  ...partBase,
  decision: zEnum(DECISIONS),
  /** Higher first; the first rule whose condition holds decides. */
  priority: _default(int(), 0),
  message: text(),
  messageEn: text(),
});

/** What may be asked of an uploaded document; the catalogue sets defaults, a policy may tighten them. */
const documentConstraints = {
  /** A scanned image's shorter side must have at least this many pixels. */
  minShortSidePx: optional(int().check(positive())),
  /** A scan's resolution must be at least this many dots per inch. */
  minDpi: optional(number().check(positive())),
  minPages: optional(int().check(positive())),
  maxPages: optional(int().check(positive())),
  /** The document must have been issued at most this many days before today. */
  maxAgeDays: optional(int().check(positive())),
  /** Whether a photocopy (复印件) is accepted; true unless said otherwise. */
  photocopyAccepted: optional(boolean()),
  /** Whether an electronic certificate (电子证照) is accepted; true unless said otherwise. */
  electronicAccepted: optional(boolean()),
};

export const MaterialRequirementSchema = strictObject({
  ...partBase,
  kind: text(),
  /** Other kinds that may be given instead (an ID card or a social security card). */
  alternatives: optional(array(text())),
  issuer: optional(zEnum(ISSUERS)),
  sealRequired: optional(boolean()),
  formats: optional(array(zEnum(FILE_FORMATS)).check(minLength(1))),
  maxSizeBytes: optional(int().check(positive())),
  ...documentConstraints,
  /** The document must come from an agency or employer in this region of the route. */
  issuedIn: optional(zEnum(['origin', 'destination'])),
  /** The decisions for which this document is needed. */
  forDecisions: optional(array(zEnum(DECISIONS)).check(minLength(1))),
  note: optional(string()),
  noteEn: optional(string()),
});

export const StepSchema = strictObject({
  ...partBase,
  name: text(),
  nameEn: text(),
  actor: zEnum(ISSUERS),
  /**
   * The step's time limit, counted from the end of the step before. At most 1,000: a step of years
   * is a typo, and every day of it would be counted. Left out when no source gives a limit: the
   * step then has no due date, and neither have the steps after it until it is done.
   */
  workingDays: optional(int().check(nonnegative(), lte(1000))),
  /** The agency's report that ends the step (accepted, letter-sent, transferred-out, completed): the workflow closes the step then. */
  endsWith: optional(zEnum(AGENCY_MILESTONES)),
  forDecisions: optional(array(zEnum(DECISIONS)).check(minLength(1))),
});

/**
 * A notice: a warning or note the policy gives when its condition holds (a gap in contributions
 * that may bring a waiting period). `{fact}` in the texts is replaced by the fact's value.
 */
export const NoticeSchema = strictObject({
  ...partBase,
  severity: zEnum(['warning', 'info']),
  /** Where the issue points in the application, e.g. [contributions, medical, lastPaidMonth]. */
  at: optional(array(union([string(), int().check(nonnegative())]))),
  message: text(),
  messageEn: text(),
  /** What the person should do about it. */
  suggestion: text(),
  suggestionEn: text(),
  forDecisions: optional(array(zEnum(DECISIONS)).check(minLength(1))),
});

export const PolicyFileSchema = strictObject({
  id: ruleId,
  title: text(),
  insurance: InsuranceTypeSchema,
  scope: _default(strictObject({ from: _default(ScopeCodeSchema, '*'), to: _default(ScopeCodeSchema, '*') }), { from: '*', to: '*' }),
  effective: EffectiveSchema,
  status: _default(StatusSchema, 'verified'),
  source: SourceSchema,
  /** Where the person applies (the agency they go to), as the policy's source says. */
  applyAt: optional(zEnum(ISSUERS)),
  /** Named conditions, referred to as `{ condition: name }`. */
  conditions: optional(record(string().check(regex(/^[A-Za-z][\w-]*$/)), TopLevelConditionSchema)),
  decisions: _default(array(DecisionRuleSchema), []),
  materials: _default(array(MaterialRequirementSchema), []),
  steps: _default(array(StepSchema), []),
  notices: _default(array(NoticeSchema), []),
});

export const MaterialKindSchema = strictObject({
  kind: string().check(regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by "-"')),
  name: text(),
  nameEn: text(),
  issuer: zEnum(ISSUERS),
  formats: array(zEnum(FILE_FORMATS)).check(minLength(1)),
  maxSizeBytes: int().check(positive()),
  sealRequired: boolean(),
  ...documentConstraints,
  /**
   * The kind asked of people who hold another identity document, by the kind of their identity
   * number: a requirement of this kind asks them for theirs instead (id-card → the residence permit).
   */
  heldInstead: optional(partialRecord(zEnum(ID_KINDS), text())),
  note: optional(string()),
});

export const MaterialCatalogueFileSchema = strictObject({
  materials: array(MaterialKindSchema).check(minLength(1)),
});

export type PolicyFile = z.output<typeof PolicyFileSchema>;
export type PolicyFileInput = z.input<typeof PolicyFileSchema>;
export type DecisionRule = z.output<typeof DecisionRuleSchema>;
export type MaterialRequirement = z.output<typeof MaterialRequirementSchema>;
export type Step = z.output<typeof StepSchema>;
export type Notice = z.output<typeof NoticeSchema>;
export type MaterialKind = z.output<typeof MaterialKindSchema>;
export type PolicySource = z.output<typeof SourceSchema>;
