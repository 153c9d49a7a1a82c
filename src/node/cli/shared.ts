/** What every command shares: usage errors, option checks, reading input, loading the rules. */
import { readFileSync, statSync } from 'node:fs';
import { isIsoDate } from '../../calendar/iso-date.js';
import type { Locale } from '../../issues.js';
import type { PolicySet } from '../../policy/compile-policies.js';
import { formatPolicyProblem, PolicyError } from '../../policy/policy-error.js';
import { loadPolicies } from '../load-policies.js';
import { cliLocale, say } from './words.js';

/** A problem with what the user typed or gave: exit 2 with one line. */
export class UsageError extends Error {}

export type Values = Record<string, string | boolean | undefined>;

/** Exit codes: 0 fine, 1 the input (or the rules, for lint and test) has errors, 2 unusable arguments. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export { localToday } from '../local-today.js';

export function checkDate(value: string | boolean | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isIsoDate(value)) throw new UsageError(say('bad-date', { flag, value: String(value) }));
  return value;
}

export function localeOf(lang: string | boolean | undefined): Locale {
  if (lang === undefined) return cliLocale();
  if (lang === 'zh' || lang === 'zh-CN') return 'zh-CN';
  if (lang === 'en') return 'en';
  throw new UsageError(say('bad-lang', { value: String(lang) }));
}

export type OutputFormat = 'text' | 'json' | 'md';

/** --format text|json|md, with --json as a short form of --format json. */
export function outputFormat(values: Values, allowed: readonly OutputFormat[] = ['text', 'json', 'md']): OutputFormat {
  const given = values.format;
  if (given !== undefined && (typeof given !== 'string' || !allowed.includes(given as OutputFormat))) {
    throw new UsageError(say('bad-format', { allowed: allowed.join(', '), value: String(given) }));
  }
  if (values.json && given !== undefined && given !== 'json') throw new UsageError(say('json-and-format'));
  return values.json ? 'json' : ((given as OutputFormat | undefined) ?? 'text');
}

/**
 * A file's text. UTF-8 (with or without a BOM) is read as it is; a file that is not UTF-8 but reads
 * as GB18030 (GBK, as Chinese Windows tools save it) is decoded with a warning; anything else is a
 * usage error, never garbled names further on.
 */
export function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? say('no-such-file', { file }) : say('cannot-read', { file, detail: code ?? (error as Error).message }));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // not UTF-8: try the Chinese national encoding
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    process.stderr.write(`shebao-transfer: ${terminalSafe(say('read-as-gbk', { file }))}\n`);
    return text;
  } catch {
    throw new UsageError(say('not-text', { file }));
  }
}

/**
 * Text as it may go to a terminal: control characters (ESC sequences, NUL, C1 controls) and bidi
 * overrides from the input are shown as \uXXXX, so that a file can never drive the terminal. Line
 * breaks and tabs stay. Inside JSON output the same escapes read back as the same characters.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function readJson(file: string): unknown {
  const text = readText(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(say('not-json', { file, detail: (error as Error).message.slice(0, 200) }));
  }
}

/**
 * The rules the options name: `--rules DIR` alone, `--overlay DIR` laid over the bundled rules (or
 * over --rules DIR), or undefined for the bundled rules.
 */
export function policiesFrom(values: Values, locale: Locale): PolicySet | undefined {
  const rules = typeof values.rules === 'string' ? values.rules : undefined;
  const overlay = typeof values.overlay === 'string' ? values.overlay : undefined;
  if (rules === undefined && overlay === undefined) return undefined;
  for (const dir of [rules, overlay]) if (dir !== undefined && !isFolder(dir)) throw new UsageError(say('not-a-folder', { dir }));
  try {
    return overlay !== undefined ? loadPolicies(overlay, { extends: rules ?? 'bundled' }) : loadPolicies(rules!);
  } catch (error) {
    if (error instanceof PolicyError) {
      const dir = overlay ?? rules;
      throw new UsageError(`${say('rules-have-problems', { dir: dir! })}\n${error.problems.map((p) => `  ${formatPolicyProblem(p, locale)}`).join('\n')}`);
    }
    throw error;
  }
}

export function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

export function write(text: string): void {
  const safe = terminalSafe(text);
  process.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
}
