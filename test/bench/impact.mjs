/**
 * Speed of comparePolicies() (the `impact` command) against its floor: validating every input under
 * both rule sets with validateTransfer and nothing else. Same inputs, same process, alternating
 * rounds; prints the ratio (1.0× would mean the comparison itself costs nothing). `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { comparePolicies, getBundledPolicies, validateTransfer } from '../../dist/index.js';
import { loadPolicies } from '../../dist/node.js';

const TODAY = '2026-12-05';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const seed = JSON.parse(readFileSync(new URL('../../fixtures/applications/guiyang-to-harbin.json', import.meta.url), 'utf8'));

// A tenant's open cases: the seed on several routes and dates, so that some change and some do not.
const routes = [
  ['贵州省贵阳市南明区', '230102'],
  ['广州市天河区', '深圳市南山区'],
  ['西安市新城区', '哈尔滨市南岗区'],
  ['上海市浦东新区', '230102'],
];
const dates = ['2026-11-20', '2026-12-02', '2026-12-04'];
const inputs = [];
for (let i = 0; i < 600; i++) {
  const [from, to] = routes[i % routes.length];
  inputs.push({ ...seed, id: `APP-${i}`, from: { region: from }, to: { region: to }, applicationDate: dates[i % dates.length] });
}

const before = getBundledPolicies();
const loadStart = performance.now();
const after = loadPolicies(new URL('../../fixtures/overlays/example-vendor', import.meta.url).pathname, { extends: 'bundled' });
const loadMs = performance.now() - loadStart;

function rate(ms, once) {
  globalThis.gc?.();
  const start = performance.now();
  let count = 0;
  while (performance.now() - start < ms) {
    once();
    count += inputs.length;
  }
  return count / ((performance.now() - start) / 1000);
}

const floor = () => {
  for (const app of inputs) {
    validateTransfer(app, { today: TODAY, policies: before });
    validateTransfer(app, { today: TODAY, policies: after });
  }
};
const compare = () => comparePolicies(before, after, inputs, { today: TODAY });

for (let i = 0; i < 3; i++) {
  floor();
  compare();
}
const floorRates = [];
const compareRates = [];
for (let round = 0; round < ROUNDS; round++) {
  floorRates.push(rate((SECONDS * 1000) / ROUNDS / 2, floor));
  compareRates.push(rate((SECONDS * 1000) / ROUNDS / 2, compare));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const report = compare();
const format = (n) => Math.round(n).toLocaleString('en-US').padStart(8);
console.log(`\nimpact: ${inputs.length} applications, ${report.changed} changed in ${report.groups.length} groups; overlay loaded in ${loadMs.toFixed(0)} ms`);
console.log(`${'validateTransfer under both rule sets'.padEnd(40)} ${format(median(floorRates))} inputs/s (median of ${ROUNDS} rounds)`);
console.log(`${'comparePolicies'.padEnd(40)} ${format(median(compareRates))} inputs/s`);
const ratios = compareRates.map((c, i) => c / floorRates[i]);
console.log(`comparePolicies / validating twice = ${median(ratios).toFixed(2)}× (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×)`);
