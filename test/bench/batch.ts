/**
 * validateBatch against a plain loop of validateTransfer over the same 100,000 generated
 * applications (varied routes, dates, types, materials and faults), and both against the
 * reference path that keeps no plans at all — in alternating rounds of one run, on the built
 * package. `npm run bench` — target: what the plans give, ≥ 1.5× the path that keeps none. It was
 * first set as validateBatch ≥ 1.5× the plain loop, when only a batch kept plans; since every call
 * shares the rule set's plans the two run alike, and the loop against no plans is the same measure.
 */
import { generateApplications } from '../support/generate-applications.js';
import { getBundledPolicies, validateBatch, validateTransfer } from '../../dist/index.js';
// The reference path (no plan caches) is internal: it is what the differential test compares with.
import { validateWith } from '../../src/validate-transfer.js';

const COUNT = Number(process.env.BENCH_BATCH_COUNT ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const options = { today: '2026-11-20' };
const apps = generateApplications(COUNT, 20261127);

function timed(run: () => number): number {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const n = run();
  return n / ((performance.now() - start) / 1000);
}

const loop = () => {
  let n = 0;
  for (const app of apps) n += validateTransfer(app, options).items.length >= 0 ? 1 : 0;
  return n;
};
const batch = () => {
  let n = 0;
  for (const result of validateBatch(apps, options)) n += result.items.length >= 0 ? 1 : 0;
  return n;
};
const set = getBundledPolicies();
const uncached = () => {
  let n = 0;
  for (const app of apps.slice(0, COUNT / 10)) n += validateWith(app, options, set as never, false).items.length >= 0 ? 1 : 0;
  return n;
};

loop();
batch();
const rates = { loop: [] as number[], batch: [] as number[], uncached: [] as number[] };
for (let round = 0; round < ROUNDS; round++) {
  rates.loop.push(timed(loop));
  rates.batch.push(timed(batch));
  rates.uncached.push(timed(uncached));
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const f = (n: number) => Math.round(n).toLocaleString('en-US').padStart(9);
console.log(`${COUNT.toLocaleString('en-US')} generated applications, median of ${ROUNDS} rounds (Node ${process.version})\n`);
console.log(`plain loop of validateTransfer      ${f(median(rates.loop))} applications/s`);
console.log(`validateBatch                       ${f(median(rates.batch))} applications/s`);
console.log(`no plans kept (the reference path)  ${f(median(rates.uncached))} applications/s`);
const ratio = median(rates.batch) / median(rates.loop);
const planned = median(rates.loop) / median(rates.uncached);
console.log(`\nvalidateBatch / plain loop = ${ratio.toFixed(2)}× (both share the rule set's plans)`);
console.log(`plain loop / no plans kept = ${planned.toFixed(2)}×, what the shared plans give every call (target ≥ 1.5×): ${planned >= 1.5 ? 'met' : 'NOT MET'}`);
