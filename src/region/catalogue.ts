/**
 * The GB/T 2260 region catalogue, built on first use from the rows generated at build time
 * (`src/build/generate-regions.ts`; `catalogue-rows.ts` reads them). Codes are kept short by level:
 * 2 digits for a province, 4 for a prefecture-level city, 6 for a county.
 */
import { catalogueRowLines, codesNamed, longestName, REGION_SOURCE } from './catalogue-rows.js';
import { PSEUDO_CITY } from './region-names.js';

export type RegionLevel = 'province' | 'city' | 'county';

export interface Region {
  /** 2, 4 or 6 digits by level. */
  code: string;
  /** The 6-digit GB/T 2260 form: 520000, 520100, 520102. */
  gbCode: string;
  name: string;
  shortName?: string;
  /** Toneless pinyin of the name, one syllable per character: "ha er bin shi". */
  pinyin: string;
  level: RegionLevel;
  provinceCode: string;
  /**
   * The prefecture-level city the region belongs to (its own code for a city). For a municipality
   * it is the municipality's first prefecture code (1101, 5001); a county-level city directly under
   * a province (仙桃市) is its own city.
   */
  cityCode?: string;
  /** Province, city and county names from the top: ["贵州省", "贵阳市", "南明区"]. */
  path: string[];
  /** Outside the mainland social insurance system: Hong Kong, Macao, Taiwan. */
  outsideMainland: boolean;
  /**
   * An area of the statistics bureau's codes that is no administrative division (a development
   * zone, a management area: 苏州工业园区 320576): it belongs to the city whose code it carries
   * (`cityCode`), by which policies and routes treat it.
   */
  statistical?: true;
}

/** Where the catalogue's data comes from and how current it is. */
export const REGION_DATA_VINTAGE = {
  source: REGION_SOURCE.source,
  vintage: REGION_SOURCE.vintage,
  note: REGION_SOURCE.vintageNote,
} as const;

/** Beijing, Tianjin, Shanghai, Chongqing: provinces that are one city. */
export const MUNICIPALITIES: ReadonlySet<string> = new Set(['11', '12', '31', '50']);

export interface Catalogue {
  all: Region[];
  byCode: ReadonlyMap<string, Region>;
  children: Map<string, Region[]>;
}

let catalogue: Catalogue | undefined;

function levelOf(code: string): RegionLevel {
  return code.length === 2 ? 'province' : code.length === 4 ? 'city' : 'county';
}

// Regions are made one at a time as codes are asked for — an identity number's or a route's —
// and the whole catalogue (names, children) only when a name or a search needs it: a process that
// validates by code never pays for the other 3,000 regions.
let lines: readonly string[] | undefined;
const made = new Map<string, Region>();

function rowLines(): readonly string[] {
  lines ??= catalogueRowLines();
  return lines;
}

const codeOfLine = (line: string): string => line.slice(0, line.indexOf('|'));

/** The line of a code, by binary search (the lines are in code order), or -1. */
function lineIndexOf(code: string): number {
  const rows = rowLines();
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = codeOfLine(rows[middle]!);
    if (found === code) return middle;
    if (found < code) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The region of a line, made once; its province and city are made first (they come earlier in code order). */
function regionOfLine(line: string): Region {
  const known = made.get(codeOfLine(line));
  if (known) return known;
  const [code, name, shortName, pinyin, mark] = line.split('|') as [string, string, string, string, string?];
  const level = levelOf(code);
  const provinceCode = code.slice(0, 2);
  const region: Region = {
    code,
    gbCode: code.padEnd(6, '0'),
    name,
    pinyin,
    level,
    provinceCode,
    path: [],
    outsideMainland: provinceCode === '71' || provinceCode === '81' || provinceCode === '82',
  };
  if (shortName) region.shortName = shortName;
  if (mark === '*') region.statistical = true;
  const province = level === 'province' ? region : regionAt(provinceCode)!;
  const parent = level === 'county' ? regionAt(code.slice(0, 4)) : level === 'city' ? province : undefined;
  const pseudoParent = parent !== undefined && PSEUDO_CITY.test(parent.name);
  if (level === 'province') region.path = [name];
  else if (level === 'city') region.path = MUNICIPALITIES.has(provinceCode) || PSEUDO_CITY.test(name) ? [province.name] : [province.name, name];
  else {
    const cityPart = !parent || pseudoParent || MUNICIPALITIES.has(provinceCode) || parent.name === name ? [] : [parent.name];
    region.path = [province.name, ...cityPart, name];
  }
  if (level === 'province' && MUNICIPALITIES.has(code)) {
    region.cityCode = `${code}01`; // 北京 is a province and one city at once
  } else if (level === 'city') {
    region.cityCode = MUNICIPALITIES.has(provinceCode) ? `${provinceCode}01` : code;
  } else if (level === 'county') {
    region.cityCode = pseudoParent ? code : MUNICIPALITIES.has(provinceCode) ? `${provinceCode}01` : code.slice(0, 4);
  }
  made.set(code, region);
  return region;
}

function regionAt(code: string): Region | undefined {
  const known = made.get(code);
  if (known) return known;
  const index = lineIndexOf(code);
  return index === -1 ? undefined : regionOfLine(rowLines()[index]!);
}

function build(): Catalogue {
  const all = rowLines().map(regionOfLine);
  // Every region is made now: the regions by code are the ones made.
  const byCode: ReadonlyMap<string, Region> = made;
  const children = new Map<string, Region[]>();
  for (const region of all) {
    const parentCode = region.level === 'county' ? region.code.slice(0, 4) : region.level === 'city' ? region.provinceCode : '';
    const parent = byCode.get(parentCode);
    if (parent) {
      const list = children.get(parent.code) ?? [];
      list.push(region);
      children.set(parent.code, list);
    }
  }
  return { all, byCode, children };
}

/** The whole catalogue, built once on first use. */
export function getCatalogue(): Catalogue {
  catalogue ??= build();
  return catalogue;
}

/** The regions bearing a full or short name (贵阳市, 贵阳, 阿坝州, 内蒙), in code order. */
export function regionsNamed(name: string): Region[] | undefined {
  return codesNamed(name)?.map((code) => regionAt(code)!);
}

/** The longest name regions are found by. */
export const longestRegionName = longestName;

/** The region of a short (2/4/6-digit) code, if the catalogue has it. */
export function findRegionByCode(code: string): Region | undefined {
  return regionAt(code);
}

/** The region's names joined from the top: 贵州省贵阳市南明区. */
export function fullRegionName(region: Region): string {
  return region.path.join('');
}
