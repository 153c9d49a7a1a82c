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
import { commandHelp, COMMAND_HELP, generalHelp, optionsOf } from './help.js';
import { EXIT, localeOf, terminalSafe, UsageError, type Values } from './shared.js';
import { cliLocale, environmentLocale, say, setCliLocale } from './words.js';
import { runTests } from './test.js';
import { runValidate } from './validate.js';

const OPTIONS = {
  json: { type: 'boolean' },
  ndjson: { type: 'boolean' },
  jobs: { type: 'string' },
  output: { type: 'string' },
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

/** The language of the run, known before the arguments are parsed: --lang, else the environment. */
function localeOfArgs(argv: string[]) {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const given = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.slice('--lang='.length) : argv[at + 1];
  try {
    return given === undefined ? environmentLocale() : localeOf(given);
  } catch {
    return environmentLocale();
  }
}

/** node:util's parse errors, in the run's language. */
function parseErrorMessage(error: { code?: string; message: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return say('unknown-option', { option });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return say(/argument missing/.test(error.message) ? 'option-needs-value' : 'option-takes-no-value', { option: option.split(/[ ,]/)[0]! });
    default:
      return error.message;
  }
}

export async function main(argv: string[]): Promise<number> {
  setCliLocale(localeOfArgs(argv));
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    localeOf(values.lang); // refuses a --lang that is neither zh nor en
    const [command, ...rest] = positionals;
    if (values.version) {
      process.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    if (command === 'help' || (command === undefined && values.help)) {
      const topic = rest[0];
      if (topic !== undefined && !Object.hasOwn(COMMAND_HELP, topic)) throw new UsageError(say('unknown-command', { command: topic }));
      process.stdout.write(`${topic === undefined ? generalHelp(cliLocale()) : commandHelp(topic, cliLocale())}\n`);
      return EXIT.ok;
    }
    if (command === undefined) throw new UsageError(say('no-command'));
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UsageError(say('unknown-command', { command }));
    if (values.help) {
      process.stdout.write(`${commandHelp(command, cliLocale())}\n`);
      return EXIT.ok;
    }
    const accepted = optionsOf(command);
    for (const name of Object.keys(values)) if (!accepted.has(name)) throw new UsageError(say('option-not-for', { command, option: `--${name}` }));
    return await run(rest, values);
  } catch (error) {
    const usage = error instanceof UsageError;
    const parse = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    const message = usage ? (error as Error).message : parse ? parseErrorMessage(error as Error) : say('unexpected-error', { detail: (error as Error).message });
    const noCommand = usage && message === say('no-command');
    process.stderr.write(`shebao-transfer: ${terminalSafe(message)}\n${noCommand ? generalHelp(cliLocale()) + '\n' : ''}`);
    return EXIT.usage;
  }
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
