/**
 * Throughput of validateTransfer() against json-rules-engine's Engine.run over the conditions of
 * the same policies, on the Guiyang → Harbin fixture, in one process and one run, on the built
 * package (what users run). `npm run bench` — target: validateTransfer ≥ 10× Engine.run.
 */
import { readFileSync } from 'node:fs';
import { Engine } from 'json-rules-engine';
import { computeFacts, CUSTOM_OPERATORS, getBundledPolicies, selectParts, validateTransfer } from '../../dist/index.js';

const TODAY = '2026-11-20';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
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

async function measure(label, once) {
  const deadline = performance.now() + SECONDS * 1000;
  const start = performance.now();
  let count = 0;
  while (performance.now() < deadline) {
    for (let i = 0; i < 50; i++) await once();
    count += 50;
  }
  const perSecond = count / ((performance.now() - start) / 1000);
  console.log(`${label.padEnd(42)} ${Math.round(perSecond).toLocaleString('en-US').padStart(10)} applications/s`);
  return perSecond;
}

const engines = referenceEngines();
const rules = engines.reduce((n, { engine }) => n + engine.rules.length, 0);
console.log(`Guiyang → Harbin fixture: ${engines.length} insurance types, ${rules} policy parts; Node ${process.version}\n`);

for (let i = 0; i < 3000; i++) validateTransfer(app, { today: TODAY });
for (let i = 0; i < 300; i++) for (const { engine, facts } of engines) await engine.run({ ...facts });

const reference = await measure('Engine.run, conditions alone (awaited)', async () => {
  for (const { engine, facts } of engines) await engine.run({ ...facts });
});
const full = await measure('validateTransfer, full validation', () => validateTransfer(app, { today: TODAY }));
const ratio = full / reference;
console.log(`\nvalidateTransfer / Engine.run = ${ratio.toFixed(1)}× (target ≥ 10×): ${ratio >= 10 ? 'met' : 'NOT MET'}`);
