/** The compact region table gives back exactly the rows it was made from, for any catalogue. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import data from '../src/generated/regions.json';
import rowsData from '../src/generated/region-rows.json';
import * as browserRows from '../src/region/catalogue-rows.browser.js';
import { catalogueRowLines, codesNamed, longestName } from '../src/region/catalogue-rows.js';
import { regionNameMap } from '../src/region/region-names.js';
import { decodeRegionTable, encodeRegionTable, regionRowLines, type RegionRow } from '../src/region/region-table.js';
import { shortRegionName } from '../src/region/short-region-name.js';

const CHARS = ['贵', '阳', '南', '明', '哈', '尔', '滨', '省', '市', '区', '县', '自', '治', '州', '苗', '族', '单', '乐'];
const READINGS: Record<string, string[]> = { 单: ['dan', 'shan'], 乐: ['le', 'yue', 'lao'] };

const name = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));
const reading = (n: string) => fc.tuple(...[...n].map((c) => fc.constantFrom(...(READINGS[c] ?? [`p${'abcdefghijklmnopqr'[CHARS.indexOf(c)]}`])))).map((s) => s.join(' '));
const tail = fc.integer({ min: 1, max: 99 });

/** A catalogue: provinces with prefectures with counties, codes ascending at each level. */
const catalogue = fc
  .uniqueArray(fc.tuple(tail, fc.uniqueArray(fc.tuple(tail, fc.uniqueArray(tail, { maxLength: 5 })), { maxLength: 4, selector: (c) => c[0] })), {
    minLength: 1,
    maxLength: 4,
    selector: (p) => p[0],
  })
  .chain((provinces) => {
    const codes: string[] = [];
    const two = (n: number) => String(n).padStart(2, '0');
    for (const [p, cities] of [...provinces].sort((a, b) => a[0] - b[0])) {
      codes.push(two(p));
      for (const [c, counties] of [...cities].sort((a, b) => a[0] - b[0])) {
        codes.push(two(p) + two(c));
        for (const k of [...counties].sort((a, b) => a - b)) codes.push(two(p) + two(c) + two(k));
      }
    }
    return fc.tuple(...codes.map((code) => name.chain((n) => reading(n).map((r): RegionRow => {
      const short = shortRegionName(n);
      return [code, n, short && short !== n ? short : '', r];
    }))));
  });

describe('the compact region table', () => {
  it('gives back the rows of any catalogue, readings that differ from the usual one included', () => {
    fc.assert(
      fc.property(catalogue, (rows) => {
        expect(decodeRegionTable(encodeRegionTable(rows))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('holds the whole shipped catalogue, every name read one syllable a character', () => {
    const rows = decodeRegionTable(data);
    expect(rows.length).toBeGreaterThan(3300);
    for (const [code, name, , pinyin] of rows) {
      expect(code).toMatch(/^\d{2}(\d{2}){0,2}$/);
      expect(pinyin.split(' ')).toHaveLength([...name].length);
    }
    expect(rows.find((r) => r[0] === '371722')).toEqual(['371722', '单县', '', 'shan xian']);
    expect(rows.find((r) => r[0] === '2301')).toEqual(['2301', '哈尔滨市', '哈尔滨', 'ha er bin shi']);
  });

  it('refuses a name or reading the format cannot hold', () => {
    expect(() => encodeRegionTable([['52', '贵州;省', '', 'gui zhou x sheng']])).toThrow(/separator/);
    expect(() => encodeRegionTable([['52', '贵州省', '', 'gui zhou']])).toThrow(/one syllable/);
    expect(() => encodeRegionTable([['52', '贵州省', '', 'gui zhou sheng3']])).toThrow(/one syllable/);
  });

  it('spells out for Node builds exactly the rows the browser decodes, in the code order the lookup searches', () => {
    const lines = regionRowLines(data);
    expect(rowsData.rows).toBe(lines.join('~'));
    expect(rowsData.vintage).toBe(data.vintage);
    const codes = lines.map((line) => line.split('|')[0]!);
    expect(codes.every((code, i) => i === 0 || codes[i - 1]! < code)).toBe(true);
    // The browser build's map and the Node build's sorted index know the same names.
    const names = regionNameMap(lines);
    for (const [name, codes] of names) expect(codesNamed(name), name).toEqual(codes);
    expect(rowsData.names.split('~')).toHaveLength(names.size);
    expect(longestName()).toBe(Math.max(...[...names.keys()].map((n) => n.length)));
    expect(codesNamed('贵阳')).toEqual(['5201']);
    expect(codesNamed('阿坝州')).toEqual(['5132']);
    expect(codesNamed('内蒙')).toEqual(['15']);
    expect(codesNamed('鼓楼区')!.length).toBeGreaterThan(3);
    expect(codesNamed('省直辖县级行政区划')).toBeUndefined();
    expect(codesNamed('')).toBeUndefined();
    // And the browser build's own reading of the compact table.
    expect(browserRows.catalogueRowLines()).toEqual(catalogueRowLines());
    for (const name of names.keys()) expect(browserRows.codesNamed(name)).toEqual(codesNamed(name));
    expect(browserRows.longestName()).toBe(longestName());
    expect(browserRows.REGION_SOURCE).toEqual(rowsData && { source: rowsData.source, vintage: rowsData.vintage, vintageNote: rowsData.vintageNote });
  });
});
