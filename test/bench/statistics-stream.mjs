/**
 * Child of statistics.ts: reads an NDJSON file a line at a time and either only parses each line
 * (the baseline) or feeds a case summary, as `shebao-transfer stats` does; prints time and peak RSS.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createCaseSummary } from '../../dist/index.js';

const [mode, file] = process.argv.slice(2);
const summary = createCaseSummary({ now: '2026-07-01T00:00:00Z' });
const start = performance.now();
let n = 0;
for await (const line of createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })) {
  if (line === '') continue;
  const value = JSON.parse(line);
  if (mode === 'summary') summary.add(value);
  n++;
}
const result = mode === 'summary' ? summary.result() : { cases: n };
console.log(JSON.stringify({ ms: Math.round(performance.now() - start), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), cases: result.cases }));
