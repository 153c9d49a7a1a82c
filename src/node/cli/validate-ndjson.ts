/**
 * shebao-transfer validate --ndjson [file|-] [--jobs N]: one application per line in, one result
 * per line out, in the same order — a stage of any pipeline that speaks lines of JSON. Each line
 * starts with the application's `line` and `id`; `--output summary` writes only the outcome
 * (decisions and issue codes; schema/ndjson-summary-line.schema.json). With
 * --jobs N above 1, N worker threads decode and validate while this thread cuts the input into
 * chunks of lines, as bytes, and writes what the workers answer. A line that is
 * not JSON gets its own result (ok: false, input.invalid-json with its line number); blank lines
 * are skipped. On a terminal, a progress line goes to stderr.
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { byteLineChunks } from '../parallel/line-chunks.js';
import { planPool } from '../parallel/validate-parallel.js';
import { inOrder, WorkerPool } from '../parallel/worker-pool.js';
import { say } from './words.js';
import type { LineOutput } from '../parallel/protocol.js';
import { checkDate, EXIT, localeOf, localToday, policiesFrom, UsageError, type Values } from './shared.js';

// Small enough that a chunk in flight dies young in a worker's heap; large enough that posting it costs little.
const LINES_PER_CHUNK = 128;

function jobsOf(value: string | boolean | undefined): number {
  if (value === undefined) return 1;
  const jobs = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || jobs < 1 || jobs > 256) throw new UsageError(say('bad-jobs', { value: String(value) }));
  return jobs;
}

function outputOf(value: string | boolean | undefined): LineOutput {
  if (value === undefined) return 'full';
  if (value !== 'full' && value !== 'summary') throw new UsageError(say('bad-output', { value: String(value) }));
  return value;
}

async function openInput(file: string): Promise<Readable> {
  if (file === '-') return process.stdin;
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  try {
    await once(stream, 'open');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? say('no-such-file', { file }) : say('cannot-read', { file, detail: code ?? (error as Error).message }));
  }
  return stream;
}

/** Writes with back-pressure: waits for the pipe to drain before taking more. */
async function writeOut(bytes: Uint8Array): Promise<void> {
  if (!process.stdout.write(bytes)) await once(process.stdout, 'drain');
}

function progress(): { add(results: number): void; end(): void } {
  if (!process.stderr.isTTY) return { add() {}, end() {} };
  const start = Date.now();
  let count = 0;
  let shown = 0;
  const show = () => {
    const rate = Math.round(count / Math.max(0.001, (Date.now() - start) / 1000));
    process.stderr.write(`\r  ${say('progress', { count: count.toLocaleString('en-US'), rate: rate.toLocaleString('en-US') })}   `);
  };
  return {
    add(results) {
      count += results;
      if (Date.now() - shown >= 500) {
        shown = Date.now();
        show();
      }
    },
    end() {
      show();
      process.stderr.write('\n');
    },
  };
}

export async function runValidateNdjson(positionals: string[], values: Values): Promise<number> {
  if (positionals.length > 1) throw new UsageError(say('ndjson-one-file'));
  if (values.format !== undefined && values.format !== 'json') throw new UsageError(say('ndjson-no-format'));
  const jobs = jobsOf(values.jobs);
  const output = outputOf(values.output);
  const locale = localeOf(values.lang);
  const today = checkDate(values.today, 'today') ?? localToday();
  const policies = policiesFrom(values, locale);
  const plan = planPool({ today, locale, ...(policies ? { policies } : {}), jobs: jobs === 1 ? 0 : jobs, chunkSize: LINES_PER_CHUNK });
  const input = await openInput(positionals[0] ?? '-');
  const pool = await WorkerPool.start(plan.jobs, plan.setup, plan.local, (message) => process.stderr.write(`shebao-transfer: ${message}\n`));
  const shown = progress();
  let failed = 0;
  try {
    for await (const reply of inOrder(byteLineChunks(input, LINES_PER_CHUNK), (chunk) => pool.run({ kind: 'lines', output, ...chunk }), plan.limit)) {
      if (reply.kind !== 'lines') continue;
      await writeOut(reply.bytes);
      failed += reply.failed;
      shown.add(reply.results);
    }
  } finally {
    shown.end();
    await pool.close();
  }
  return failed > 0 ? EXIT.problems : EXIT.ok;
}
