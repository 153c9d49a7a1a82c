/**
 * Policy tests, written in YAML beside the rules by the people who maintain them: an application
 * (a base plus changes) and the decisions, documents, steps and issues expected.
 */
import { array, boolean, enum as zEnum, partialRecord, record, strictObject, string, union, unknown, iso } from 'zod';
import '../application/zod-setup.js';
import type { z } from 'zod';
import { InsuranceTypeSchema } from '../application/schema.js';
import { DECISIONS } from '../policy/vocabulary.js';

const date = iso.date();

export const ExpectedItemSchema = strictObject({
  decision: zEnum(DECISIONS).optional(),
  provisionalDecision: zEnum(DECISIONS).optional(),
  /** Exactly these document kinds are required, in any order. */
  documents: array(string()).optional(),
  /** Step id → due date (or just the step ids, in order). */
  steps: union([record(string(), date), array(string())]).optional(),
  /** The expected completion date, or null for none (no dated plan). */
  estimatedCompletion: date.nullable().optional(),
});

export const ExpectationSchema = strictObject({
  ok: boolean().optional(),
  items: partialRecord(InsuranceTypeSchema, ExpectedItemSchema).optional(),
  /** Issue codes that must be reported; "code@a.b.0" also checks the path. */
  issues: array(string()).optional(),
  /** Issue codes that must not be reported; "code@a.b.0" only at that path. */
  noIssues: array(string()).optional(),
});

/** An application inline, or the path of a JSON file relative to the test file. */
const BaseSchema = union([string(), record(string(), unknown())]);

export const PolicyTestCaseSchema = strictObject({
  name: string().min(1),
  base: BaseSchema.optional(),
  /** Deep-merged over the base: objects merge, lists replace, null removes a field. */
  with: record(string(), unknown()).optional(),
  today: date.optional(),
  expect: ExpectationSchema,
});

export const PolicyTestFileSchema = strictObject({
  description: string().optional(),
  base: BaseSchema.optional(),
  today: date.optional(),
  cases: array(PolicyTestCaseSchema).min(1),
});

export type Expectation = z.output<typeof ExpectationSchema>;
export type PolicyTestFile = z.output<typeof PolicyTestFileSchema>;
export type PolicyTestCase = z.output<typeof PolicyTestCaseSchema>;
