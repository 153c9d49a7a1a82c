/**
 * shebao-transfer lint [DIR] [--overlay DIR] [--json]: every problem of a rules folder, one per line
 * as `file:line:column: severity code: message`, or `{ "problems": [...] }` with --json.
 */
import { bundledRulesDir } from '../bundled-rules-dir.js';
import { lintPolicies } from '../lint-policies.js';
import { say } from './words.js';
import { checkDate, EXIT, isFolder, localeOf, localToday, outputFormat, UsageError, write, type Values } from './shared.js';

function mustBeFolder(dir: string): string {
  if (!isFolder(dir)) throw new UsageError(say('not-a-folder', { dir }));
  return dir;
}

export function runLint(positionals: string[], values: Values): number {
  if (positionals.length > 1) throw new UsageError(say('lint-one-folder'));
  const locale = localeOf(values.lang);
  const format = outputFormat(values, ['text', 'json']);
  const today = checkDate(values.today, 'today') ?? localToday();
  const named = positionals[0] ?? (typeof values.rules === 'string' ? values.rules : undefined);
  const overlay = typeof values.overlay === 'string' ? mustBeFolder(values.overlay) : undefined;
  const base = named === undefined ? undefined : mustBeFolder(named);
  const { problems } =
    overlay !== undefined
      ? lintPolicies(overlay, { extends: base ?? 'bundled', today })
      : lintPolicies(base ?? bundledRulesDir(), { today });
  if (format === 'json') {
    write(JSON.stringify({ problems }, null, 2));
  } else {
    for (const p of problems) write(`${p.file}:${p.line}:${p.column}: ${p.severity} ${p.code}: ${locale === 'en' ? p.messageEn : p.message}`);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    process.stderr.write(`${say('lint-summary', { errors, warnings }, locale)}\n`);
  }
  return problems.some((p) => p.severity === 'error') ? EXIT.problems : EXIT.ok;
}
