/**
 * `shebao-transfer roster` over 100,000 generated rows of a CSV export (`npm run bench`): the time
 * against reading and parsing the same file alone, and the peak memory while streaming.
 * Target: under 10 s, memory flat.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse';
import { mod11CheckCharacter } from '../../dist/index.js';
import { readRoster } from '../../dist/node.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'shebao-roster-bench-'));
const file = join(dir, 'roster.csv');
const ORIGINS = ['贵州省贵阳市南明区', '520102', '成都市锦江区', '郑州', '长沙市', '合肥市瑶海区'];
const DESTINATIONS = ['深圳市南山区', '广州市天河区', '杭州', '苏州市', '上海市浦东新区', '230102'];
const TYPES = ['养老,医疗、公积金', '五险一金', '养老', 'pension,medical'];
const DATES = ['2026/09/30', '2026年9月30日', '20260930', '2026-09-30', '46295'];

await new Promise((resolve, reject) => {
  const out = createWriteStream(file);
  out.on('error', reject);
  out.write('\uFEFF姓名,身份证号,原参保地,现参保地,参保险种,离职日期,养老缴费月数,备注\r\n');
  let i = 0;
  const write = () => {
    while (i < ROWS) {
      const pad = (n) => String(n).padStart(2, '0');
      const birth = `${1966 + (i % 40)}${pad(1 + (Math.floor(i / 40) % 12))}${pad(1 + (Math.floor(i / 480) % 28))}`;
      const first17 = `520102${birth}${String(100 + (Math.floor(i / 13_440) % 900))}`;
      // Every 50th row repeats an earlier person, every 97th has an Excel-mangled ID.
      const id = i % 97 === 0 ? '5.20102E+17' : first17 + mod11CheckCharacter(first17);
      const line = [`员工${i % 50 === 0 && i > 0 ? i - 50 : i}`, id, ORIGINS[i % ORIGINS.length], DESTINATIONS[i % DESTINATIONS.length], `"${TYPES[i % TYPES.length]}"`, DATES[i % DATES.length], i % 3 ? '96' : '九十六', ''].join(',');
      i++;
      if (!out.write(`${line}\r\n`)) return void out.once('drain', write);
    }
    out.end(resolve);
  };
  write();
});

const start = performance.now();
let parsed = 0;
for await (const _ of createReadStream(file).pipe(parse({ relax_column_count: true, bom: true }))) parsed++;
const parseMs = performance.now() - start;

let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const checkStart = performance.now();
const reading = await readRoster(file, { today: '2026-11-20' });
let rows = 0;
const heapAt = [];
for await (const _row of reading.rows) {
  rows++;
  // What stays on the heap as rows go by: only the ID numbers and names kept for the duplicates.
  if (globalThis.gc && rows % Math.floor(ROWS / 4) === 0) {
    globalThis.gc();
    heapAt.push(`${rows.toLocaleString('en-US')}: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`);
  }
}
const checkMs = performance.now() - checkStart;
clearInterval(sample);
const summary = reading.summary();
console.log(`\nroster: ${rows.toLocaleString('en-US')} rows, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB of CSV; Node ${process.version}`);
console.log(`${'csv-parse alone (baseline)'.padEnd(34)} ${parseMs.toFixed(0).padStart(6)} ms (${parsed} records)`);
console.log(`${'readRoster + checks'.padEnd(34)} ${checkMs.toFixed(0).padStart(6)} ms  (${(checkMs / parseMs).toFixed(1)}× the baseline; target < 10,000 ms: ${checkMs < 10_000 ? 'met' : 'NOT MET'})`);
console.log(`peak RSS while checking: ${(peak / 1024 / 1024).toFixed(0)} MB; ${summary.ok} ok, ${summary.warnings} with warnings, ${summary.errors} with errors`);
if (heapAt.length) console.log(`heap after GC, by rows read: ${heapAt.join(', ')}`);
rmSync(dir, { recursive: true, force: true });
