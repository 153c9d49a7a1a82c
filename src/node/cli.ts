/**
 * shebao-transfer — the command line.
 *   validate <file> [--json] [--today YYYY-MM-DD] [--rules DIR] [--lang en]
 *   explain --from 贵阳 --to 哈尔滨 [--date YYYY-MM-DD] [--types pension,medical] [--json] [--rules DIR] [--lang en]
 *   test [--rules DIR]
 *   regions <query> [--json] [--limit N] [--level province|city|county]
 * Exit codes: 0 ok, 1 the application (or a policy test) has errors, 2 bad arguments or unreadable input.
 * Arguments are parsed with node:util parseArgs, which Node ships: no dependency needed.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { format } from 'date-fns';
import { explainRoute } from '../explain-route.js';
import type { Locale } from '../issues.js';
import type { PolicySet } from '../policy/compile-policies.js';
import { formatPolicyProblem, PolicyError } from '../policy/policy-error.js';
import { runPolicyTest } from '../policy-tests/run-policy-test.js';
import { validateTransfer } from '../validate-transfer.js';
import { searchRegions } from '../region/search-regions.js';
import type { RegionLevel } from '../region/catalogue.js';
import { isIsoDate } from '../calendar/iso-date.js';
import { bundledRulesDir } from './bundled-rules-dir.js';
import { formatExplanation, formatTransferReport } from './format-report.js';
import { loadPolicies } from './load-policies.js';
import { readPolicyTests } from './read-policy-tests.js';

const USAGE = `Usage:
  shebao-transfer validate <application.json> [--json] [--today YYYY-MM-DD] [--rules DIR] [--lang en]
  shebao-transfer explain --from <region> --to <region> [--date YYYY-MM-DD] [--types pension,medical] [--json] [--rules DIR] [--lang en]
  shebao-transfer test [--rules DIR]
  shebao-transfer regions <query> [--json] [--limit N] [--level province|city|county]
  shebao-transfer --help | --version`;

/** A problem with what the user typed or gave: exit 2 with one line. */
class UsageError extends Error {}

const OPTIONS = {
  json: { type: 'boolean' },
  today: { type: 'string' },
  rules: { type: 'string' },
  lang: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  date: { type: 'string' },
  types: { type: 'string' },
  limit: { type: 'string' },
  level: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Today in the machine's time zone: the CLI is the one place that reads the clock. */
function localToday(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

function checkDate(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !isIsoDate(value)) throw new UsageError(`--${flag} must be a real date written YYYY-MM-DD, got "${value}"`);
  return value;
}

function localeOf(lang: string | undefined): Locale {
  if (lang === undefined || lang === 'zh' || lang === 'zh-CN') return 'zh-CN';
  if (lang === 'en') return 'en';
  throw new UsageError(`--lang must be zh or en, got "${lang}"`);
}

function policiesFrom(dir: string | undefined): PolicySet | undefined {
  if (dir === undefined) return undefined;
  try {
    return loadPolicies(dir);
  } catch (error) {
    if (error instanceof PolicyError) {
      throw new UsageError(`the rules in ${dir} have problems:\n${error.problems.map((p) => `  ${formatPolicyProblem(p)}`).join('\n')}`);
    }
    throw error;
  }
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `cannot read ${file}: no such file` : `cannot read ${file}: ${code ?? (error as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function runValidate(positionals: string[], values: Record<string, string | boolean | undefined>): number {
  if (positionals.length !== 1) throw new UsageError('validate takes exactly one application file');
  const locale = localeOf(values.lang as string | undefined);
  const today = checkDate(values.today as string | undefined, 'today') ?? localToday();
  const policies = policiesFrom(values.rules as string | undefined);
  const application = readJson(positionals[0]!);
  const result = validateTransfer(application, { today, locale, ...(policies ? { policies } : {}) });
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatTransferReport(result, locale)}\n`);
  return result.ok ? 0 : 1;
}

function runExplain(positionals: string[], values: Record<string, string | boolean | undefined>): number {
  if (positionals.length > 0) throw new UsageError(`explain takes no positional arguments (got "${positionals[0]}")`);
  if (typeof values.from !== 'string' || typeof values.to !== 'string') throw new UsageError('explain needs --from and --to');
  const locale = localeOf(values.lang as string | undefined);
  const date = checkDate(values.date as string | undefined, 'date') ?? localToday();
  const policies = policiesFrom(values.rules as string | undefined);
  const types = typeof values.types === 'string' ? values.types.split(/[,，\s]+/).filter(Boolean) : undefined;
  const explanation = explainRoute({
    from: values.from,
    to: values.to,
    date,
    locale,
    ...(types ? { types } : {}),
    ...(policies ? { policies } : {}),
  });
  process.stdout.write(values.json ? `${JSON.stringify(explanation, null, 2)}\n` : `${formatExplanation(explanation, locale)}\n`);
  return explanation.ok ? 0 : 1;
}

function runTests(positionals: string[], values: Record<string, string | boolean | undefined>): number {
  if (positionals.length > 0) throw new UsageError(`test takes no positional arguments (got "${positionals[0]}")`);
  const dir = (values.rules as string | undefined) ?? bundledRulesDir();
  const policies = policiesFrom(dir) ?? undefined;
  const { tests, problems } = readPolicyTests(dir);
  let failed = problems.length;
  for (const p of problems) process.stdout.write(`✘ ${p.file}: ${p.message}\n`);
  for (const test of tests) {
    const outcome = runPolicyTest(test.application, test.expect, { ...(test.today ? { today: test.today } : {}), ...(policies ? { policies } : {}) });
    process.stdout.write(`${outcome.pass ? '✓' : '✘'} ${test.file} › ${test.name}\n`);
    for (const failure of outcome.failures) process.stdout.write(`    ${failure}\n`);
    if (!outcome.pass) failed++;
  }
  process.stdout.write(`${tests.length - (failed - problems.length)} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

function runRegions(positionals: string[], values: Record<string, string | boolean | undefined>): number {
  if (positionals.length === 0) throw new UsageError('regions needs a query, e.g. shebao-transfer regions 哈尔滨');
  const query = positionals.join(' ');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number above 0, got "${values.limit}"`);
  const level = values.level as string | undefined;
  if (level !== undefined && !['province', 'city', 'county'].includes(level)) {
    throw new UsageError(`--level must be province, city or county, got "${level}"`);
  }
  const hits = searchRegions(query, { limit, ...(level ? { level: level as RegionLevel } : {}) });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(hits.map(({ region: _region, ...hit }) => hit), null, 2)}\n`);
  } else if (hits.length === 0) {
    process.stdout.write(`没有找到与「${query}」相近的地区\n`);
  } else {
    for (const hit of hits) process.stdout.write(`${hit.gbCode}  ${hit.pathText}  (${hit.match}: ${hit.matched})\n`);
  }
  return hits.length > 0 ? 0 : 1;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function main(argv: string[]): number {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (values.version) {
      process.stdout.write(`${version()}\n`);
      return 0;
    }
    const [command, ...rest] = positionals;
    switch (command) {
      case 'validate':
        return runValidate(rest, values);
      case 'explain':
        return runExplain(rest, values);
      case 'test':
        return runTests(rest, values);
      case 'regions':
        return runRegions(rest, values);
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    const message = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
      ? (error as Error).message
      : `unexpected error: ${(error as Error).message}`;
    process.stderr.write(`shebao-transfer: ${message}\n${error instanceof UsageError && message.startsWith('no command') ? USAGE + '\n' : ''}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
