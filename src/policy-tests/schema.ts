/**
 * Policy tests, written in YAML beside the rules by the people who maintain them: an application
 * (a base plus changes) and the decisions, documents, steps and issues expected.
 */
import { array, boolean, enum as zEnum, iso, minLength, nullable, optional, partialRecord, record, strictObject, string, union, unknown } from 'zod/mini';
import '../application/zod-setup.js';
import type { z } from 'zod/mini';
import { InsuranceTypeSchema } from '../application/input-schemas.js';
import { DECISIONS } from '../policy/vocabulary.js';

const date = iso.date();

export const ExpectedItemSchema = strictObject({
  decision: optional(zEnum(DECISIONS)),
  provisionalDecision: optional(zEnum(DECISIONS)),
  /** Exactly these document kinds are required, in any order. */
  documents: optional(array(string())),
  /** Step id → due date (or just the step ids, in order). */
  steps: optional(union([record(string(), date), array(string())])),
  /** The expected completion date, or null for none (no dated plan). */
  estimatedCompletion: optional(nullable(date)),
});

export const ExpectationSchema = strictObject({
  ok: optional(boolean()),
  items: optional(partialRecord(InsuranceTypeSchema, ExpectedItemSchema)),
  /** Issue codes that must be reported; "code@a.b.0" also checks the path. */
  issues: optional(array(string())),
  /** Issue codes that must not be reported; "code@a.b.0" only at that path. */
  noIssues: optional(array(string())),
});

/** An application inline, or the path of a JSON file relative to the test file. */
const BaseSchema = union([string(), record(string(), unknown())]);

export const PolicyTestCaseSchema = strictObject({
  name: string().check(minLength(1)),
  base: optional(BaseSchema),
  /** Deep-merged over the base: objects merge, lists replace, null removes a field. */
  with: optional(record(string(), unknown())),
  today: optional(date),
  expect: ExpectationSchema,
});

export const PolicyTestFileSchema = strictObject({
  description: optional(string()),
  base: optional(BaseSchema),
  today: optional(date),
  cases: array(PolicyTestCaseSchema).check(minLength(1)),
});

export type Expectation = z.output<typeof ExpectationSchema>;
export type PolicyTestFile = z.output<typeof PolicyTestFileSchema>;
export type PolicyTestCase = z.output<typeof PolicyTestCaseSchema>;
