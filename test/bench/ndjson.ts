/**
 * The NDJSON pipeline as a job runner uses it: `shebao-transfer validate --ndjson FILE --jobs N`
 * over 1,000,000 generated applications (BENCH_NDJSON_COUNT to change), output to /dev/null —
 * wall time, applications a second and peak memory (the whole process, worker threads included),
 * for --jobs 1 and 2, full and summary output, beside the single-thread in-process loop of
 * JSON.parse + validateTransfer over the same lines, all in one run; each target is printed beside
 * its ratio, and what two cores give this work at best (two processes over one half each, at once).
 * `npm run bench`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, openSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
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

const TODAY = '2026-11-20';

function timed(args: string[]): { seconds: number; maxRssMb: number } {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--require', join(ROOT, 'test/bench/report-max-rss.cjs'), ...args], { stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const kb = Number(/max-rss-kb (\d+)/.exec(r.stderr)?.[1]);
  return { seconds, maxRssMb: kb / 1024 };
}

const cli = (jobs: number, output: 'full' | 'summary') => timed([join(ROOT, 'dist/cli.js'), 'validate', '--ndjson', file, '--jobs', String(jobs), '--output', output, '--today', TODAY]);

console.log(`validate --ndjson over ${COUNT.toLocaleString('en-US')} applications (${(statSync(file).size / 1e6).toFixed(0)} MB of NDJSON), Node ${process.version}, all in one run\n`);
const rate = (seconds: number) => `${Math.round(COUNT / seconds).toLocaleString('en-US').padStart(7)} applications/s`;
const line = (label: string, r: { seconds: number; maxRssMb: number }) => console.log(`${label.padEnd(36)} ${r.seconds.toFixed(1).padStart(6)} s   ${rate(r.seconds)}   peak ${r.maxRssMb.toFixed(0)} MB`);
const loop = timed([join(ROOT, 'test/bench/ndjson-loop.mjs'), file, TODAY]);
line('in-process JSON.parse + validateTransfer', loop);
const runs = new Map<string, { seconds: number; maxRssMb: number }>();
for (const output of ['full', 'summary'] as const) {
  for (const jobs of [1, 2]) {
    const r = cli(jobs, output);
    runs.set(`${jobs} ${output}`, r);
    line(`--jobs ${jobs} --output ${output}`, r);
  }
}
// What two cores give this work at best: the loop over half the lines alone, then two loops over
// one half each at once, in separate processes (nothing shared but the machine).
async function halves(): Promise<[string, string]> {
  const paths: [string, string] = [`${file}.half0`, `${file}.half1`];
  if (!existsSync(paths[1])) {
    const outs = paths.map((p) => createWriteStream(p));
    let n = 0;
    for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      const out = outs[n++ < COUNT / 2 ? 0 : 1]!;
      if (!out.write(`${text}\n`)) await once(out, 'drain');
    }
    await Promise.all(outs.map((o) => new Promise((resolve) => o.end(resolve))));
  }
  return paths;
}
const [half0, half1] = await halves();
const loopArgs = (path: string) => ['--require', join(ROOT, 'test/bench/report-max-rss.cjs'), join(ROOT, 'test/bench/ndjson-loop.mjs'), path, TODAY];
const alone = timed(loopArgs(half0).slice(2));
const pairStart = performance.now();
await Promise.all([half0, half1].map((path) => once(spawn(process.execPath, loopArgs(path), { stdio: 'ignore' }), 'exit')));
const pair = (performance.now() - pairStart) / 1000;
const ceiling = (2 * alone.seconds) / pair;
console.log(`${'two loops over one half each, at once'.padEnd(36)} ${pair.toFixed(1).padStart(6)} s   (one half alone: ${alone.seconds.toFixed(1)} s)`);

const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const s1 = runs.get('1 summary')!;
const s2 = runs.get('2 summary')!;
const f1 = runs.get('1 full')!;
const f2 = runs.get('2 full')!;
console.log('');
console.log(`two processes ÷ one, same work: ${ceiling.toFixed(2)}× (what this machine's two cores give at best)`);
console.log(`--jobs 2 ÷ --jobs 1, summary: ${ratio(s1.seconds, s2.seconds)}× faster (target ≥ 1.3×): ${verdict(s1.seconds / s2.seconds >= 1.3)}`);
console.log(`--jobs 2 ÷ --jobs 1, full:    ${ratio(f1.seconds, f2.seconds)}× faster (target ≥ 1.3×): ${verdict(f1.seconds / f2.seconds >= 1.3)}`);
console.log(`--jobs 2 --output summary ÷ in-process loop: ${ratio(loop.seconds, s2.seconds)}× its rate (target ≥ 0.8×): ${verdict(loop.seconds / s2.seconds >= 0.8)}`);
const perMillion = (s2.seconds * 1_000_000) / COUNT;
console.log(`--jobs 2 --output summary for 1,000,000: ${perMillion.toFixed(1)} s (target < 20 s): ${verdict(perMillion < 20)}; peak ${s2.maxRssMb.toFixed(0)} MB (target < 256 MB): ${verdict(s2.maxRssMb < 256)}`);
