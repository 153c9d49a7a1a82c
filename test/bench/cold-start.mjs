/**
 * Cold start: importing the built package, compiling the bundled policies and validating a first
 * application, against a bare `node -e 0`, as medians of repeated fresh processes in one run (the
 * cases take turns, so that a slow moment of the machine hits all alike).
 * `npm run bench` — target: importing `shebao-transfer/validate` (validation alone) and validating a
 * first application cost at most half of bare Node's own start (what it adds ÷ `node -e 0`, both
 * from this run). The main entry, which also loads the maintenance tools, is measured beside it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 21);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const firstValidation = (entry) => [
  '--input-type=module',
  '-e',
  `import { readFileSync } from 'node:fs'; const m = await import('${entry}'); m.validateTransfer(JSON.parse(readFileSync('fixtures/applications/guiyang-to-harbin.json', 'utf8')), { today: '2026-11-20' });`,
];
const LEAN = 'shebao-transfer/validate, plus a first validateTransfer';

const cases = {
  'node -e 0': ['-e', '0'],
  // What the validation cases pay before loading the package: the ESM loader and reading the fixture.
  'ESM, reading the fixture alone': [
    '--input-type=module',
    '-e',
    "import { readFileSync } from 'node:fs'; JSON.parse(readFileSync('fixtures/applications/guiyang-to-harbin.json', 'utf8'));",
  ],
  'import + compile bundled policies (ESM)': ['--input-type=module', '-e', "const m = await import('shebao-transfer'); m.getBundledPolicies();"],
  'require + compile bundled policies (CJS)': ['-e', "require('shebao-transfer').getBundledPolicies();"],
  'ESM, plus a first validateTransfer': firstValidation('shebao-transfer'),
  [LEAN]: firstValidation('shebao-transfer/validate'),
};

for (const args of Object.values(cases)) time(args); // warm the file system cache
const runs = Object.fromEntries(Object.keys(cases).map((label) => [label, []]));
for (let i = 0; i < RUNS; i++) for (const [label, args] of Object.entries(cases)) runs[label].push(time(args));
const medians = Object.fromEntries(Object.entries(runs).map(([label, ms]) => [label, median(ms)]));
const bare = medians['node -e 0'];
console.log(`cold start, median of ${RUNS} fresh processes (Node ${process.version})\n`);
for (const [label, ms] of Object.entries(medians)) {
  const extra = ms - bare;
  console.log(`${label.padEnd(56)} ${ms.toFixed(0).padStart(5)} ms${label === 'node -e 0' ? '' : `   +${extra.toFixed(0)} ms  (${(ms / bare).toFixed(2)}× bare)`}`);
}
const report = (label, what, target) => {
  const extra = medians[label] - bare;
  const ratio = extra / bare;
  const verdict = target === undefined ? '' : ` (target ≤ ${target}×): ${ratio <= target ? 'met' : 'NOT MET'}`;
  console.log(`${what} adds ${extra.toFixed(0)} ms = ${ratio.toFixed(2)}× bare node's ${bare.toFixed(0)} ms${verdict}`);
};
console.log('');
report(LEAN, 'import of shebao-transfer/validate + first validation', 0.5);
report('ESM, plus a first validateTransfer', 'import of shebao-transfer (every tool) + first validation');
