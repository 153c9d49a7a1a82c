/**
 * Writes `src/generated/region-rows.json`: the rows of the compact catalogue (`regions.json`)
 * spelled out, one line per region (`regionRowLines`), and the index of their names
 * (`regionNameMap`, sorted). Node builds read these: splitting a string is native work, where
 * decoding the compact table ran some 15 ms of interpreted code at each process's first validation. The browser build keeps the compact table, which gzips smaller.
 * Run by `npm run build` and `npm run generate:regions`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import data from '../generated/regions.json';
import { regionNameMap } from '../region/region-names.js';
import { regionRowLines } from '../region/region-table.js';

const lines = regionRowLines(data);
for (const line of lines) if (line.includes('~') || line.split('|').length > 5) throw new Error(`a region row holds a separator: ${line}`);
// The catalogue finds a code by binary search over the lines, comparing codes as strings.
lines.forEach((line, i) => {
  if (i > 0 && !(lines[i - 1]!.split('|')[0]! < line.split('|')[0]!)) throw new Error(`region rows out of code order at ${line}`);
});
// Sorted as JavaScript compares strings: the catalogue finds a name by halving this list.
const names = [...regionNameMap(lines)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
// The lookup compares whole lines with `name|`, which orders as the names only while every character of a name sorts above `|`.
for (const [name] of names) if ([...name].some((c) => c <= '|')) throw new Error(`region name ${name} holds a character that sorts below |`);
const out = {
  source: data.source,
  vintage: data.vintage,
  vintageNote: data.vintageNote,
  rows: lines.join('~'),
  names: names.map(([name, codes]) => `${name}|${codes.join(' ')}`).join('~'),
  longestName: Math.max(...names.map(([name]) => name.length)),
};
const target = fileURLToPath(new URL('../generated/region-rows.json', import.meta.url));
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`wrote ${lines.length} region rows to ${target}`);
