/**
 * Policy tests, written in YAML beside the rules by the people who maintain them: an application
 * (a base plus changes) and the decisions, documents, steps and issues expected.
 */
import { z } from 'zod';
import { InsuranceTypeSchema } from '../application/schema.js';
import { DECISIONS } from '../policy/vocabulary.js';

const date = z.iso.date();

export const ExpectedItemSchema = z.strictObject({
  decision: z.enum(DECISIONS).optional(),
  provisionalDecision: z.enum(DECISIONS).optional(),
  /** Exactly these document kinds are required, in any order. */
  documents: z.array(z.string()).optional(),
  /** Step id → due date (or just the step ids, in order). */
  steps: z.union([z.record(z.string(), date), z.array(z.string())]).optional(),
  estimatedCompletion: date.optional(),
});

export const ExpectationSchema = z.strictObject({
  ok: z.boolean().optional(),
  items: z.partialRecord(InsuranceTypeSchema, ExpectedItemSchema).optional(),
  /** Issue codes that must be reported; "code@a.b.0" also checks the path. */
  issues: z.array(z.string()).optional(),
  /** Issue codes that must not be reported. */
  noIssues: z.array(z.string()).optional(),
});

/** An application inline, or the path of a JSON file relative to the test file. */
const BaseSchema = z.union([z.string(), z.record(z.string(), z.unknown())]);

export const PolicyTestCaseSchema = z.strictObject({
  name: z.string().min(1),
  base: BaseSchema.optional(),
  /** Deep-merged over the base: objects merge, lists replace, null removes a field. */
  with: z.record(z.string(), z.unknown()).optional(),
  today: date.optional(),
  expect: ExpectationSchema,
});

export const PolicyTestFileSchema = z.strictObject({
  description: z.string().optional(),
  base: BaseSchema.optional(),
  today: date.optional(),
  cases: z.array(PolicyTestCaseSchema).min(1),
});

export type Expectation = z.output<typeof ExpectationSchema>;
export type PolicyTestFile = z.output<typeof PolicyTestFileSchema>;
export type PolicyTestCase = z.output<typeof PolicyTestCaseSchema>;
