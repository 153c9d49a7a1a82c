/**
 * The workflow at volume (`npm run bench`, after `npm run build`), measured in one run against
 * `structuredClone` of the same case as the baseline:
 *  - one event on a case as the previous transition returned it (target: at most 1× structuredClone),
 *    and on the same case parsed from JSON, as a host reads it back from its database;
 *  - transitionMany approving 100,000 cases in a child process with a 512 MB heap (target: within
 *    10 s), the cases as a host holds them after a batch of submissions: each its own id and
 *    history, sharing what their submissions left alike.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCase, transition, transitionMany } from '../../dist/index.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BATCH = Number(process.env.BENCH_WORKFLOW_CASES ?? 100_000);
const application = JSON.parse(readFileSync(new URL('../../fixtures/applications/guiyang-to-harbin.json', import.meta.url), 'utf8'));
const hr = { id: 'HR-7', role: 'hr' };

function step(c, type, now, extra = {}) {
  const r = transition(c, { type, actor: hr, ...extra }, { now });
  if (!r.ok) throw new Error(`${type}: ${r.error.code} ${r.error.detailEn ?? ''}`);
  return r.case;
}

if (process.argv[2] === '--batch') {
  // The child: approve BATCH submitted cases at once, and report time and heap.
  const draft = createCase(application, { now: '2026-11-20T09:00:00+08:00' });
  const submitted = step(draft, 'submit', '2026-11-20T10:00:00+08:00');
  const cases = Array.from({ length: BATCH }, (_, i) => ({ ...submitted, id: `CASE-${String(i).padStart(6, '0')}` }));
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const start = performance.now();
  const r = transitionMany(cases, { type: 'approve', actor: hr }, { now: '2026-11-21T09:00:00+08:00' });
  const ms = performance.now() - start;
  globalThis.gc?.();
  const held = process.memoryUsage().heapUsed - before;
  console.log(JSON.stringify({ ms, succeeded: r.succeeded, failed: r.failed, heldMB: held / 1e6, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const draft = createCase(application, { now: '2026-11-20T09:00:00+08:00' });
const pending = step(draft, 'submit', '2026-11-20T10:00:00+08:00');
const approved = step(pending, 'approve', '2026-11-20T11:00:00+08:00');
const sent = step(approved, 'send-to-agency', '2026-11-20T12:00:00+08:00');
const accepted = step(sent, 'agency-accept', '2026-11-23T09:00:00+08:00', { insurance: 'pension' });
const events = [
  ['approve', pending, {}],
  ['send-to-agency', approved, {}],
  ['agency-accept', sent, { insurance: 'pension' }],
  ['complete-step', accepted, { insurance: 'pension', step: 'destination-acceptance-letter' }],
];
const NOW = '2026-11-25T09:00:00+08:00';

function perOp(fn, n) {
  const start = performance.now();
  for (let i = 0; i < n; i++) fn();
  return ((performance.now() - start) * 1000) / n;
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

const rows = [];
for (const [type, c, extra] of events) {
  const stored = JSON.parse(JSON.stringify(c));
  const event = { type, actor: hr, ...extra };
  const n = 2_000;
  for (let i = 0; i < 200; i++) {
    structuredClone(c);
    transition(c, event, { now: NOW });
    transition(JSON.parse(JSON.stringify(stored)), event, { now: NOW });
  }
  const clone = [];
  const live = [];
  const fromJson = [];
  for (let round = 0; round < ROUNDS; round++) {
    clone.push(perOp(() => structuredClone(c), n));
    live.push(perOp(() => transition(c, event, { now: NOW }), n));
    fromJson.push(perOp(() => transition(stored, event, { now: NOW }), n / 4));
  }
  rows.push({ type, clone: median(clone), live: median(live), fromJson: median(fromJson), bytes: JSON.stringify(c).length });
}

const us = (n) => `${n.toFixed(1).padStart(7)} µs`;
console.log(`\nworkflow: one event, median of ${ROUNDS} rounds (Node ${process.version}); case of ${rows[0].bytes.toLocaleString('en-US')} bytes as JSON\n`);
console.log('event            structuredClone   transition   ÷ clone   from JSON   ÷ clone');
let worst = 0;
let worstFromJson = 0;
for (const r of rows) {
  const ratio = r.live / r.clone;
  worst = Math.max(worst, ratio);
  worstFromJson = Math.max(worstFromJson, r.fromJson / r.clone);
  console.log(`${r.type.padEnd(16)} ${us(r.clone)}      ${us(r.live)}   ${ratio.toFixed(2).padStart(5)}×  ${us(r.fromJson)}   ${(r.fromJson / r.clone).toFixed(2).padStart(5)}×`);
}
console.log(`\none event ÷ structuredClone of the case, worst of the four = ${worst.toFixed(2)}× (target ≤ 1×): ${worst <= 1 ? 'met' : 'NOT MET'}`);
console.log(`the same on the case parsed from its stored JSON (read defensively once) = ${worstFromJson.toFixed(2)}× (target ≤ 1×): ${worstFromJson <= 1 ? 'met' : 'NOT MET'}`);

const child = spawnSync(process.execPath, ['--max-old-space-size=512', '--expose-gc', fileURLToPath(import.meta.url), '--batch'], { encoding: 'utf8' });
if (child.status !== 0) {
  console.log(`\ntransitionMany over ${BATCH.toLocaleString('en-US')} cases under a 512 MB heap: FAILED (${child.stderr.trim().split('\n').slice(-1)[0]})`);
} else {
  const b = JSON.parse(child.stdout.trim().split('\n').at(-1));
  console.log(`\ntransitionMany approving ${BATCH.toLocaleString('en-US')} cases, 512 MB heap: ${(b.ms / 1000).toFixed(2)} s (target ≤ 10 s): ${b.ms <= 10_000 ? 'met' : 'NOT MET'}`);
  console.log(`  ${b.succeeded.toLocaleString('en-US')} approved, ${b.failed} refused; results hold ${b.heldMB.toFixed(0)} MB (${((b.heldMB * 1e6) / BATCH).toFixed(0)} bytes a case), peak RSS ${b.peakRssMB.toFixed(0)} MB`);
}
