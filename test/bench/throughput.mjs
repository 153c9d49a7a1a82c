/**
 * Throughput of validateTransfer() against json-rules-engine's Engine.run over the conditions of
 * the same policies, on the Guiyang → Harbin fixture, in one process and one run, on the built
 * package (what users run). `npm run bench` (node --expose-gc) — targets: validateTransfer ≥ 40×
 * Engine.run, and ≥ 80,000 applications a second.
 */
import { readFileSync } from 'node:fs';
import { Engine } from 'json-rules-engine';
import { computeFacts, CUSTOM_OPERATORS, getBundledPolicies, selectParts, validateTransfer } from '../../dist/index.js';

const TODAY = '2026-11-20';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const app = JSON.parse(readFileSync(new URL('../../fixtures/applications/guiyang-to-harbin.json', import.meta.url), 'utf8'));

/** One engine per insurance type, holding every condition of the parts selected for the fixture. */
function referenceEngines() {
  const set = getBundledPolicies();
  const { items } = computeFacts(app, { today: TODAY });
  return items.map(({ insurance, facts }) => {
    const end = (code, cityCode) => (code ? { code, ...(cityCode ? { cityCode } : {}) } : undefined);
    const selected = selectParts(set, insurance, end(facts.fromRegion, facts.fromCity), end(facts.toRegion, facts.toCity), facts.applicationDate);
    const engine = new Engine([], { allowUndefinedFacts: true });
    for (const [name, evaluate] of Object.entries(CUSTOM_OPERATORS)) engine.addOperator(name, evaluate);
    for (const policy of set.policies.filter((p) => p.meta.insurance === insurance)) {
      for (const [name, tree] of Object.entries(policy.meta.namedConditions)) engine.setCondition(name, tree);
    }
    for (const part of [...selected.decisions, ...selected.materials, ...selected.steps, ...selected.notices]) {
      engine.addRule({ name: part.part.id, conditions: part.part.when ?? { all: [] }, event: { type: part.part.id } });
    }
    return { engine, facts };
  });
}

/** Runs `once` (async: awaited one at a time) for `ms` milliseconds and returns how many times a second it ran. */
async function rate(ms, once) {
  // Each side pays for its own garbage: collect the other side's before starting.
  globalThis.gc?.();
  const start = performance.now();
  const deadline = start + ms;
  let count = 0;
  while (performance.now() < deadline) {
    for (let i = 0; i < 20; i++) await once();
    count += 20;
  }
  return count / ((performance.now() - start) / 1000);
}

/** The same for a synchronous function, called in a plain loop (awaiting it would time the microtask queue). */
function rateSync(ms, once) {
  globalThis.gc?.();
  const start = performance.now();
  const deadline = start + ms;
  let count = 0;
  while (performance.now() < deadline) {
    for (let i = 0; i < 20; i++) once();
    count += 20;
  }
  return count / ((performance.now() - start) / 1000);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const engines = referenceEngines();
const rules = engines.reduce((n, { engine }) => n + engine.rules.length, 0);
console.log(`Guiyang → Harbin fixture: ${engines.length} insurance types, ${rules} policy parts; Node ${process.version}\n`);

for (let i = 0; i < 3000; i++) validateTransfer(app, { today: TODAY });
for (let i = 0; i < 300; i++) for (const { engine, facts } of engines) await engine.run({ ...facts });

// Both are measured in alternating short rounds, so that a slow moment of the machine hits both
// alike; the ratio reported is the median of the rounds' ratios.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const roundMs = (SECONDS * 1000) / ROUNDS;
const engineRates = [];
const validateRates = [];
for (let round = 0; round < ROUNDS; round++) {
  engineRates.push(
    await rate(roundMs, async () => {
      for (const { engine, facts } of engines) await engine.run({ ...facts });
    }),
  );
  validateRates.push(rateSync(roundMs, () => validateTransfer(app, { today: TODAY })));
}
// On its own, without Engine.run's garbage in between: the rate a host sees.
const aloneRates = Array.from({ length: 5 }, () => rateSync(Math.max(roundMs, 1000), () => validateTransfer(app, { today: TODAY })));
const format = (n) => Math.round(n).toLocaleString('en-US').padStart(10);
console.log(`${'Engine.run, conditions alone (awaited)'.padEnd(42)} ${format(median(engineRates))} applications/s (median of ${ROUNDS} rounds)`);
console.log(`${'validateTransfer, full validation'.padEnd(42)} ${format(median(validateRates))} applications/s (in the same rounds)`);
const alone = median(aloneRates);
console.log(`${'validateTransfer, on its own'.padEnd(42)} ${format(alone)} applications/s (median of 5 rounds)`);
const ratios = validateRates.map((v, i) => v / engineRates[i]);
const ratio = median(ratios);
console.log(
  `\nvalidateTransfer / Engine.run = ${ratio.toFixed(1)}× (median; rounds ranged ${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}×; target ≥ 40×): ${ratio >= 40 ? 'met' : 'NOT MET'}`,
);
console.log(`validateTransfer on its own: ${Math.round(alone).toLocaleString('en-US')}/s (target ≥ 80,000/s): ${alone >= 80_000 ? 'met' : 'NOT MET'}`);
