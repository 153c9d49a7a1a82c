/**
 * Cold start: importing the built package, compiling the bundled policies and validating a first
 * application, against a bare `node -e 0`, as medians of repeated fresh processes in one run.
 * `npm run bench` — target: import + first validation cost at most half of bare Node's own start
 * (what it adds ÷ `node -e 0`, both from this run).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

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

const cases = {
  'node -e 0': ['-e', '0'],
  'import + compile bundled policies (ESM)': ['--input-type=module', '-e', "const m = await import('shebao-transfer'); m.getBundledPolicies();"],
  'require + compile bundled policies (CJS)': ['-e', "require('shebao-transfer').getBundledPolicies();"],
  'ESM, plus a first validateTransfer': [
    '--input-type=module',
    '-e',
    "import { readFileSync } from 'node:fs'; const m = await import('shebao-transfer'); m.validateTransfer(JSON.parse(readFileSync('fixtures/applications/guiyang-to-harbin.json', 'utf8')), { today: '2026-11-20' });",
  ],
};

for (const args of Object.values(cases)) time(args); // warm the file system cache
const medians = {};
for (const [label, args] of Object.entries(cases)) {
  medians[label] = median(Array.from({ length: RUNS }, () => time(args)));
}
const bare = medians['node -e 0'];
console.log(`cold start, median of ${RUNS} fresh processes (Node ${process.version})\n`);
for (const [label, ms] of Object.entries(medians)) {
  const extra = ms - bare;
  console.log(`${label.padEnd(42)} ${ms.toFixed(0).padStart(5)} ms${label === 'node -e 0' ? '' : `   +${extra.toFixed(0)} ms  (${(ms / bare).toFixed(2)}× bare)`}`);
}
const extra = medians['ESM, plus a first validateTransfer'] - bare;
const ratio = extra / bare;
console.log(
  `\nimport + first validation adds ${extra.toFixed(0)} ms = ${ratio.toFixed(2)}× bare node's ${bare.toFixed(0)} ms (target ≤ 0.5×): ${ratio <= 0.5 ? 'met' : 'NOT MET'}`,
);
