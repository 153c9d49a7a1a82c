/**
 * Parses untrusted input against the application schema without giving up at the first fault:
 * every field is checked on its own, faults become issues at their path, and what is valid is kept
 * so that the other checks can still run on it.
 */
import type { z } from 'zod/mini';
import type { IssueList, IssuePath } from '../issues.js';
import { inputSchemas, type Application } from './schema.js';
import { reportUnknownInsuranceType } from './report-unknown-insurance.js';
import { boundApplication } from './bound-application.js';
import { fieldName } from './field-name.js';
import { readWellFormed } from './read-well-formed.js';

type DeepPartial<T> = T extends (infer E)[]
  ? (DeepPartial<E> | undefined)[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** What survived parsing: the valid parts of the input, in the contract's shape. */
export type ParsedApplication = DeepPartial<Application>;

interface ZodDef {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
}

function defOf(schema: z.ZodMiniType): ZodDef {
  return (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const EXPECTED_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  array: '多项（列表）',
  object: '一组信息',
};

const EXPECTED_EN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

const DATE_FIELDS = /(Date)$/;
const MONTH_FIELDS = /(Month)$/;

function valueAt(root: unknown, path: IssuePath): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function reportZodIssue(raw: z.core.$ZodIssue, base: IssuePath, input: unknown, issues: IssueList): void {
  const path: IssuePath = [...base, ...(raw.path as (string | number)[])];
  const value = valueAt(input, raw.path as (string | number)[]);
  const field = fieldName(path);
  const last = path[path.length - 1];
  if ((raw.code === 'invalid_type' || raw.code === 'invalid_union') && value === undefined) {
    issues.add('input.required', path, { field });
    return;
  }
  if (path[0] === 'insuranceTypes' && path.length === 2 && raw.code === 'invalid_value') {
    reportUnknownInsuranceType(value, path, issues);
    return;
  }
  if (typeof last === 'string' && typeof value === 'string' && (DATE_FIELDS.test(last) || MONTH_FIELDS.test(last))) {
    const month = MONTH_FIELDS.test(last);
    issues.add('date.invalid', path, {
      field,
      value,
      format: month ? 'YYYY-MM' : 'YYYY-MM-DD',
      example: month ? '2026-09' : '2026-11-20',
    });
    return;
  }
  if (raw.code === 'invalid_type') {
    const expected = String(raw.expected);
    issues.add('input.type', path, { field, expected: EXPECTED_ZH[expected] ?? expected, expectedEn: EXPECTED_EN[expected] ?? expected });
    return;
  }
  issues.add('input.invalid', path, { field, detail: raw.message });
}

/** Parses one value against one schema, descending into objects and arrays to keep what is valid. */
function salvage(schema: z.ZodMiniType, value: unknown, path: IssuePath, issues: IssueList): unknown {
  const def = defOf(schema);
  if (def.type === 'optional' && def.innerType) {
    return value === undefined ? undefined : salvage(def.innerType, value, path, issues);
  }
  if (def.type === 'object' && def.shape && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, fieldSchema] of Object.entries(def.shape)) {
      const parsed = salvage(fieldSchema, value[key], [...path, key], issues);
      if (parsed !== undefined) out[key] = parsed;
    }
    return out;
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element;
    return value.map((item, index) => salvage(element, item, [...path, index], issues));
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const raw of result.error.issues) reportZodIssue(raw, path, value, issues);
  return undefined;
}

/** A field set aside as too long is not also "missing" or "invalid". */
function dropRequiredWhereTooLong(issues: IssueList): void {
  const tooLong = new Set(issues.items.filter((i) => i.code === 'input.too-long').map((i) => i.path.join('\u0000')));
  const kept = issues.items.filter((i) => i.code === 'input.too-long' || !tooLong.has(i.path.join('\u0000')));
  issues.items.splice(0, issues.items.length, ...kept);
}

/** Parses anything into the valid part of an application, reporting each fault as an issue. */
export function parseApplication(input: unknown, issues: IssueList): ParsedApplication | undefined {
  if (!isPlainObject(input)) {
    issues.add('input.not-object', []);
    return undefined;
  }
  // Most applications are well formed: one walk, then zod on the whole, and field by field only on failure.
  const wellFormed = readWellFormed(input);
  if (wellFormed) return wellFormed;
  const bounded = boundApplication(input, issues);
  const { ApplicationSchema } = inputSchemas();
  const whole = ApplicationSchema.safeParse(bounded);
  if (whole.success) return whole.data;
  const parsed = salvage(ApplicationSchema, bounded, [], issues) as ParsedApplication;
  if (bounded !== input) dropRequiredWhereTooLong(issues);
  return parsed;
}
