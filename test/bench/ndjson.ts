/**
 * The NDJSON pipeline as a job runner uses it: `shebao-transfer validate --ndjson FILE --jobs N`
 * over 1,000,000 generated applications (BENCH_NDJSON_COUNT to change), output to /dev/null —
 * wall time, applications a second and peak memory (the whole process, worker threads included),
 * with --jobs 1 as the baseline of the same run. `npm run bench` — goal for --jobs 2: under 20 s
 * and under 256 MB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeApplications } from './write-applications.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COUNT = Number(process.env.BENCH_NDJSON_COUNT ?? 1_000_000);
const file = join(tmpdir(), `shebao-transfer-bench-${COUNT}.ndjson`);

if (!existsSync(file)) {
  const start = performance.now();
  await writeApplications(file, COUNT);
  console.log(`wrote ${COUNT.toLocaleString('en-US')} applications (${(statSync(file).size / 1e6).toFixed(0)} MB) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

function run(jobs: number): { seconds: number; maxRssMb: number } {
  const start = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--require', join(ROOT, 'test/bench/report-max-rss.cjs'), join(ROOT, 'dist/cli.js'), 'validate', '--ndjson', file, '--jobs', String(jobs), '--today', '2026-11-20'],
    { stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'], encoding: 'utf8' },
  );
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`validate --ndjson failed: ${r.stderr}`);
  const kb = Number(/max-rss-kb (\d+)/.exec(r.stderr)?.[1]);
  return { seconds, maxRssMb: kb / 1024 };
}

console.log(`validate --ndjson over ${COUNT.toLocaleString('en-US')} applications (${(statSync(file).size / 1e6).toFixed(0)} MB of NDJSON), Node ${process.version}\n`);
const results = new Map<number, { seconds: number; maxRssMb: number }>();
for (const jobs of [1, 2]) {
  const r = run(jobs);
  results.set(jobs, r);
  console.log(`--jobs ${jobs}   ${r.seconds.toFixed(1).padStart(6)} s   ${Math.round(COUNT / r.seconds).toLocaleString('en-US').padStart(7)} applications/s   peak ${r.maxRssMb.toFixed(0)} MB`);
}
const one = results.get(1)!;
const two = results.get(2)!;
console.log(`\n--jobs 2 / --jobs 1 = ${(one.seconds / two.seconds).toFixed(2)}× faster`);
const perMillion = (two.seconds * 1_000_000) / COUNT;
console.log(`--jobs 2 for 1,000,000: ${perMillion.toFixed(1)} s (goal < 20 s): ${perMillion < 20 ? 'met' : 'NOT MET'}; peak ${two.maxRssMb.toFixed(0)} MB (goal < 256 MB): ${two.maxRssMb < 256 ? 'met' : 'NOT MET'}`);
