/**
 * Speed and memory of the statistics (`npm run bench`, after `npm run build`):
 *  - summarizeCases over 200,000 stored cases in memory, against a baseline loop that only reads
 *    every event of every case (target: under 2 s);
 *  - `createCaseSummary` over 1,000,000 cases streamed from an NDJSON file, in a child process,
 *    against parsing the same lines and nothing else (target: under 200 MB of memory); the cases
 *    are stored without their application and validation details, which the statistics never read.
 * The cases come from the seeded generator the tests use (2,000 histories, repeated).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarizeCases } from '../../dist/index.js';
import { generateCases } from '../support/generate-cases.js';

const IN_MEMORY = Number(process.env.BENCH_CASES ?? 200_000);
const STREAMED = Number(process.env.BENCH_STREAMED ?? 1_000_000);
const base = generateCases(2_000, 42).map((g) => g.case);
const cases = Array.from({ length: IN_MEMORY }, (_, i) => base[i % base.length]!);

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

// Baseline: read every event's time of every case, as any statistics must.
const readAll = () => {
  let n = 0;
  for (const c of cases) for (const e of c.history) n += Date.parse(e.at) > 0 ? 1 : 0;
  return n;
};
for (let i = 0; i < 2; i++) {
  readAll();
  summarizeCases(cases.slice(0, 20_000));
}
const rounds = [0, 1, 2].map(() => ({ baseline: time(readAll), summary: time(() => summarizeCases(cases, { now: '2026-07-01T00:00:00Z' })) }));
const best = (key: 'baseline' | 'summary') => Math.min(...rounds.map((r) => r[key]));
console.log(`\nstatistics: ${IN_MEMORY.toLocaleString('en-US')} cases in memory (2,000 generated histories, repeated); Node ${process.version}`);
console.log(`${'read every event (baseline)'.padEnd(36)} ${best('baseline').toFixed(0).padStart(6)} ms`);
console.log(`${'summarizeCases'.padEnd(36)} ${best('summary').toFixed(0).padStart(6)} ms  (${(best('summary') / best('baseline')).toFixed(2)}× the baseline; target < 2,000 ms: ${best('summary') < 2000 ? 'met' : 'NOT MET'})`);

// Streaming: a file of STREAMED cases, summarised in a child process whose peak memory is read.
const dir = mkdtempSync(join(tmpdir(), 'shebao-stats-bench-'));
const file = join(dir, 'cases.ndjson');
// A full stored case is about 20 KB, most of it the application and its validation, which the
// statistics never read: the million streamed cases keep everything else (history, items, route),
// so that the file stays a few GB. (STREAM_FULL=1 streams full cases.)
const slim = (c: (typeof base)[number]) =>
  process.env.STREAM_FULL === '1'
    ? c
    : { ...c, application: { id: c.id }, validation: { ok: c.validation.ok, policyVersion: c.validation.policyVersion, route: c.validation.route, items: [], issues: [] } };
const lines = base.map((c) => JSON.stringify(slim(c)));
await new Promise<void>((resolve, reject) => {
  const out = createWriteStream(file);
  out.on('error', reject);
  let i = 0;
  const write = () => {
    while (i < STREAMED) {
      const ok = out.write(`${lines[i % lines.length]}\n`);
      i++;
      if (!ok) return void out.once('drain', write);
    }
    out.end(resolve);
  };
  write();
});
const size = statSync(file).size;
const child = (mode: 'parse' | 'summary') => {
  const r = spawnSync(process.execPath, [new URL('./statistics-stream.mjs', import.meta.url).pathname, mode, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { ms: number; maxRssMB: number; cases: number };
};
const parse = child('parse');
const summary = child('summary');
console.log(`\nstreamed: ${STREAMED.toLocaleString('en-US')} cases, ${(size / 1024 ** 3).toFixed(2)} GB of NDJSON`);
console.log(`${'parse every line (baseline)'.padEnd(36)} ${String(parse.ms).padStart(6)} ms, peak ${parse.maxRssMB} MB`);
console.log(
  `${'createCaseSummary over the stream'.padEnd(36)} ${String(summary.ms).padStart(6)} ms, peak ${summary.maxRssMB} MB  (${(summary.ms / parse.ms).toFixed(2)}× the baseline's time; target < 200 MB: ${summary.maxRssMB < 200 ? 'met' : 'NOT MET'})`,
);
rmSync(dir, { recursive: true, force: true });
