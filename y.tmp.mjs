import { readFileSync } from 'node:fs';
import { validateTransfer } from './dist/index.js';
const lines = readFileSync('/tmp/apps.ndjson', 'utf8').trim().split('\n');
for (let round = 0; round < 3; round++) {
  const t = performance.now();
  for (const l of lines) validateTransfer(JSON.parse(l), { today: '2026-11-20' });
  console.log('round', round, Math.round(lines.length / ((performance.now() - t) / 1000)), '/s');
}
