/**
 * shebao-transfer — the command line. One file per command; this one parses the arguments
 * (node:util parseArgs, which Node ships: no dependency needed) and maps failures to exit codes:
 * 0 ok, 1 the input or the rules have errors, 2 unusable arguments or unreadable input.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runExplain } from './explain.js';
import { runImpact } from './impact.js';
import { runLint } from './lint.js';
import { runRegions } from './regions.js';
import { runStats } from './stats.js';
import { runRoster } from './roster.js';
import { EXIT, terminalSafe, UsageError, type Values } from './shared.js';
import { runTests } from './test.js';
import { runValidate } from './validate.js';

const USAGE = `Usage:
  shebao-transfer validate <application.json> [--format text|json|md] [--json] [--today YYYY-MM-DD] [--rules DIR] [--overlay DIR] [--lang en]
  shebao-transfer validate --ndjson [applications.ndjson|-] [--jobs N] [--today YYYY-MM-DD] [--rules DIR] [--overlay DIR] [--lang en]
  shebao-transfer explain --from <region> --to <region> [--date YYYY-MM-DD] [--types pension,medical] [--format text|json|md] [--json] [--rules DIR] [--overlay DIR] [--lang en]
  shebao-transfer test [--rules DIR] [--overlay DIR]
  shebao-transfer lint [DIR] [--overlay DIR] [--json] [--today YYYY-MM-DD] [--lang en]
  shebao-transfer impact --overlay DIR <applications.ndjson|cases.ndjson|cases.json> [--rules DIR] [--today YYYY-MM-DD] [--json] [--lang en]
  shebao-transfer stats <cases.json|cases.ndjson|-> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--now INSTANT] [--json] [--html report.html] [--lang en]
  shebao-transfer roster <file.csv|file.xlsx> [--map columns.yaml] [--sheet NAME] [--today YYYY-MM-DD] [--json] [--out report.csv] [--clean cleaned.csv] [--applications out.ndjson] [--quiet] [--lang en]
  shebao-transfer regions <query> [--json] [--limit N] [--level province|city|county]
  shebao-transfer --help | --version

  --rules DIR     use this rules folder alone instead of the bundled rules
  --overlay DIR   lay this folder over the bundled rules (or over --rules DIR)`;

const OPTIONS = {
  json: { type: 'boolean' },
  ndjson: { type: 'boolean' },
  jobs: { type: 'string' },
  format: { type: 'string' },
  today: { type: 'string' },
  rules: { type: 'string' },
  overlay: { type: 'string' },
  lang: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  date: { type: 'string' },
  now: { type: 'string' },
  html: { type: 'string' },
  map: { type: 'string' },
  sheet: { type: 'string' },
  out: { type: 'string' },
  clean: { type: 'string' },
  applications: { type: 'string' },
  quiet: { type: 'boolean' },
  types: { type: 'string' },
  limit: { type: 'string' },
  level: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const COMMANDS: Record<string, (positionals: string[], values: Values) => number | Promise<number>> = {
  validate: runValidate,
  explain: runExplain,
  test: runTests,
  lint: runLint,
  impact: runImpact,
  stats: runStats,
  roster: runRoster,
  regions: runRegions,
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (values.version) {
      process.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    const [command, ...rest] = positionals;
    if (command === undefined) throw new UsageError('no command given');
    const run = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(rest, values);
  } catch (error) {
    const message =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
        ? (error as Error).message
        : `unexpected error: ${(error as Error).message}`;
    process.stderr.write(`shebao-transfer: ${terminalSafe(message)}\n${error instanceof UsageError && message.startsWith('no command') ? USAGE + '\n' : ''}`);
    return EXIT.usage;
  }
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
