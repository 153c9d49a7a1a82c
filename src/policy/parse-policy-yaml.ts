/**
 * Reads policy, material-catalogue and calendar YAML with positions: every YAML or schema fault
 * comes back as a problem with a code, the file, the line and the column a maintainer can jump to.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { POLICY_LIMITS } from '../input/limits.js';
import type { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import '../application/zod-setup.js';
import type { CalendarYear } from '../calendar/calendar-year.js';
import type { PolicyDocument } from './compile-policies.js';
import { checkCalendarFile } from './check-calendar-file.js';
import { policyProblem } from './describe-problem.js';
import { didYouMean } from './lint/did-you-mean.js';
import { explainYamlError } from './explain-yaml-error.js';
import { FACT_NAMES, isFactName } from '../engine/fact-names.js';
import { operatorNames } from '../engine/operators.js';
import type { PolicyProblem } from './policy-error.js';
import { MaterialCatalogueFileSchema, PolicyFileSchema, type MaterialKind } from './schema.js';
import { CalendarFileSchema } from '../calendar/calendar-year.js';

export type Locate = (path: (string | number)[], key?: string) => { line: number; column: number } | undefined;

function locator(doc: Document, lines: LineCounter): Locate {
  return (path, key) => {
    // Walk up until a node exists (a missing field is reported at its parent).
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : (doc.getIn(path.slice(0, depth), true) as Node | undefined);
      if (!node || typeof node !== 'object') continue;
      let offset = (node as { range?: [number, number, number] }).range?.[0];
      if (key !== undefined && depth === path.length && isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (keyRange) offset = keyRange[0];
      }
      if (offset === undefined) continue;
      const { line, col } = lines.linePos(offset);
      return { line, column: col };
    }
    return undefined;
  };
}

type LocaleError = (issue: never) => unknown;
let localeErrors: { zh: LocaleError; en: LocaleError } | undefined;

function textOf(result: unknown): string | undefined {
  return typeof result === 'string' ? result : (result as { message?: string } | undefined)?.message;
}

/** zod's own Chinese text for an issue; a message the schema wrote itself stays as written. */
function chineseDetail(issue: z.core.$ZodIssue): string {
  localeErrors ??= { zh: zhCN().localeError as LocaleError, en: en().localeError as LocaleError };
  const isDefault = textOf(localeErrors.en(issue as never)) === issue.message;
  return (isDefault ? textOf(localeErrors.zh(issue as never)) : undefined) ?? issue.message;
}

/** What a maintainer who is no programmer can act on: a date written as a date, the name meant. */
function plainDetail(issue: z.core.$ZodIssue): { detail: string; detailEn: string } {
  const raw = issue as { code: string; format?: string; values?: unknown[]; input?: unknown };
  if (raw.code === 'invalid_format' && raw.format === 'date') {
    return { detail: '应写成 2026-01-01 这样的日期（年-月-日，月和日各两位），并用英文引号括起来', detailEn: 'write a date like 2026-01-01 (year-month-day, two digits each), in quotes' };
  }
  if (raw.code === 'invalid_type' && raw.input === undefined) return { detail: '必须填写这一项', detailEn: 'is required' };
  if (raw.code === 'invalid_value' && Array.isArray(raw.values) && typeof raw.input === 'string') {
    const options = raw.values.map(String);
    const hint = didYouMean(raw.input, options);
    return { detail: `「${raw.input}」不是可用的值（可用：${options.join('、')}）${hint.hint}`, detailEn: `"${raw.input}" is not one of ${options.join(', ')}${hint.hintEn}` };
  }
  return { detail: chineseDetail(issue), detailEn: issue.message };
}

function zodProblems(file: string, error: { issues: z.core.$ZodIssue[] }, locate: Locate): PolicyProblem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path as (string | number)[];
    // An empty file has no node to point at: its problem is at its first line.
    const at = (key?: string) => locate(path, key) ?? { line: 1, column: 1 };
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => policyProblem('schema.unknown-field', { file, path: [...path, key], ...at(key) }, { key }));
    }
    const field = path.length > 0 ? path.join('.') : '(file)';
    return [policyProblem('schema', { file, path, ...at() }, { field, ...plainDetail(issue) })];
  });
}

interface ReadYaml {
  value: unknown;
  /** The part of a file with syntax errors that the parser could still read. */
  readable?: unknown;
  locate: Locate;
  problems: PolicyProblem[];
}

/** Errors that only follow from an earlier one (a key the broken line above swallowed). */
const FOLLOW_ON_ERRORS = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

/**
 * One problem per line with a syntax error: the parser's follow-on errors after the first mistake
 * are dropped unless their own line shows a mistake (a second full-width colon, a tab, an open quote).
 */
function syntaxProblems(doc: Document, text: string, lines: LineCounter, file: string): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const linesSeen = new Set<number>();
  for (const e of doc.errors) {
    const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    if (linesSeen.has(pos.line)) continue;
    const place = { file, line: pos.line, column: pos.col };
    if (e.code === 'DUPLICATE_KEY') {
      const key = /^\s*["']?([^"':\n]*)/.exec(text.slice(e.pos[0]))?.[1]?.trim() ?? '';
      problems.push(policyProblem('yaml.duplicate-key', place, { key }));
      linesSeen.add(pos.line);
      continue;
    }
    const { detail, detailEn, seenOnLine, at } = explainYamlError(text, pos.line, pos.col, e.message.split('\n')[0]!);
    if (problems.length > 0 && FOLLOW_ON_ERRORS.has(e.code) && !seenOnLine) continue;
    const where = at ?? { line: pos.line, column: pos.col };
    if (linesSeen.has(where.line)) continue;
    problems.push(policyProblem('yaml.syntax', { file, ...where }, { detail, detailEn }));
    linesSeen.add(pos.line).add(where.line);
  }
  return problems;
}

const RESERVED_KEYS = new Set(['__proto__']);

/**
 * What the YAML parser does not stop: nesting deeper than any policy needs (the later steps would
 * recurse through it), and `__proto__` keys (which would become a prototype, not data). Iterative.
 */
function checkShape(doc: Document, lines: LineCounter, file: string): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const at = (node: unknown) => {
    const offset = (node as { range?: [number, number, number] } | null)?.range?.[0];
    const pos = offset === undefined ? { line: 1, col: 1 } : lines.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > POLICY_LIMITS.maxYamlDepth) {
      problems.push(policyProblem('yaml.too-deep', at(node), { max: POLICY_LIMITS.maxYamlDepth }));
      return problems;
    }
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        if (isScalar(item.key) && RESERVED_KEYS.has(String(item.key.value))) problems.push(policyProblem('yaml.reserved-key', at(item.key), { key: String(item.key.value) }));
        stack.push([item.value, depth + 1]);
      } else {
        stack.push([item, depth + 1]);
      }
    }
  }
  return problems;
}

function readYaml(text: string, file: string): ReadYaml {
  const lines = new LineCounter();
  const noLocation: Locate = () => undefined;
  if (typeof text !== 'string') {
    return { value: undefined, locate: noLocation, problems: [policyProblem('file.unreadable', { file, line: 1, column: 1 }, { detail: 'not text' })] };
  }
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > POLICY_LIMITS.maxFileBytes) {
    return { value: undefined, locate: noLocation, problems: [policyProblem('file.too-large', { file, line: 1, column: 1 }, { bytes, max: POLICY_LIMITS.maxFileBytes })] };
  }
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return { value: undefined, locate: noLocation, problems: [policyProblem('yaml.syntax', { file, line: 1, column: 1 }, { detail: (error as Error).message })] };
  }
  const locate = locator(doc, lines);
  const shape = checkShape(doc, lines, file);
  if (shape.length > 0) return { value: undefined, locate, problems: shape };
  const problems = syntaxProblems(doc, text, lines, file);
  if (problems.length > 0) {
    // What the parser could still read, so that the mistakes around the broken lines come in the same run.
    let readable: unknown;
    try {
      readable = doc.toJS();
    } catch {
      readable = undefined;
    }
    return { value: undefined, readable, locate, problems };
  }
  try {
    return { value: doc.toJS(), locate, problems };
  } catch (error) {
    // e.g. an alias that expands without bound
    return { value: undefined, locate, problems: [policyProblem('yaml.syntax', { file, line: 1, column: 1 }, { detail: (error as Error).message })] };
  }
}

/**
 * The facts and operators of every condition-shaped object in a file the schema refused, so that a
 * schema mistake does not hide a mistyped fact in the same file (compiling reports them otherwise).
 */
function looseConditionProblems(value: unknown, file: string, locate: Locate): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const operators = new Set(operatorNames());
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push([item, [...path, i]]));
      continue;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.fact === 'string' && !isFactName(record.fact)) {
      problems.push(policyProblem('condition.unknown-fact', { file, path: [...path, 'fact'], ...(locate(path, 'fact') ?? { line: 1, column: 1 }) }, { fact: record.fact, ...didYouMean(record.fact, FACT_NAMES) }));
    }
    if (typeof record.fact === 'string' && typeof record.operator === 'string' && !operators.has(record.operator)) {
      problems.push(policyProblem('condition.unknown-operator', { file, path: [...path, 'operator'], ...(locate(path, 'operator') ?? { line: 1, column: 1 }) }, { operator: record.operator, ...didYouMean(record.operator, operators) }));
    }
    for (const [key, inner] of Object.entries(record)) stack.push([inner, [...path, key]]);
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Parses one policy file's YAML text. */
export function parsePolicyYaml(text: string, file: string): { document?: PolicyDocument; problems: PolicyProblem[] } {
  const { value, readable, locate, problems } = readYaml(text, file);
  if (problems.length > 0) {
    if (readable === undefined) return { problems };
    const broken = new Set(problems.map((p) => p.line));
    return { problems: [...problems, ...looseConditionProblems(readable, file, locate).filter((p) => !broken.has(p.line))] };
  }
  const result = PolicyFileSchema.safeParse(value, { reportInput: true });
  if (!result.success) return { problems: [...zodProblems(file, result.error, locate), ...looseConditionProblems(value, file, locate)] };
  return { document: { file, policy: result.data, locate: (path) => locate(path) }, problems: [] };
}

/** Parses the material catalogue's YAML text. */
export function parseMaterialsYaml(text: string, file: string): { materials?: MaterialKind[]; problems: PolicyProblem[] } {
  const { value, locate, problems } = readYaml(text, file);
  if (problems.length > 0) return { problems };
  const result = MaterialCatalogueFileSchema.safeParse(value, { reportInput: true });
  if (!result.success) return { problems: zodProblems(file, result.error, locate) };
  return { materials: result.data.materials, problems: [] };
}

/**
 * Parses a calendar file (calendar/YYYY.yaml). The year is returned only when it has no error;
 * warnings (a make-up day that is a weekday anyway) come with it.
 */
export function parseCalendarYaml(text: string, file: string): { year?: CalendarYear; problems: PolicyProblem[] } {
  const { value, locate, problems } = readYaml(text, file);
  if (problems.length > 0) return { problems };
  const result = CalendarFileSchema.safeParse(value, { reportInput: true });
  if (!result.success) return { problems: zodProblems(file, result.error, locate) };
  return checkCalendarFile(result.data, file, locate);
}
