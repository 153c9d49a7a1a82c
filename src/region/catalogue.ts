/**
 * The GB/T 2260 region catalogue, built on first use from the compact table generated at build
 * time (`src/build/generate-regions.ts`, `region-table.ts`). Codes are kept short by level:
 * 2 digits for a province, 4 for a prefecture-level city, 6 for a county.
 */
import data from '../generated/regions.json';
import { forEachRegionRow } from './region-table.js';

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
  source: data.source,
  vintage: data.vintage,
  note: data.vintageNote,
} as const;

/** Beijing, Tianjin, Shanghai, Chongqing: provinces that are one city. */
export const MUNICIPALITIES: ReadonlySet<string> = new Set(['11', '12', '31', '50']);
/** The lists' name for a province's counties directly under it (省直辖县级行政区划): no place anyone names. */
export const PSEUDO_CITY = /直辖县级行政区划$/;

export interface Catalogue {
  all: Region[];
  byCode: Map<string, Region>;
  /** Full and short names → regions bearing them. */
  byName: Map<string, Region[]>;
  children: Map<string, Region[]>;
  longestName: number;
}

let catalogue: Catalogue | undefined;

function levelOf(code: string): RegionLevel {
  return code.length === 2 ? 'province' : code.length === 4 ? 'city' : 'county';
}

function build(): Catalogue {
  const byCode = new Map<string, Region>();
  const all: Region[] = [];
  forEachRegionRow(data, (code, name, shortName, pinyin, statistical) => {
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
    if (statistical) region.statistical = true;
    byCode.set(code, region);
    all.push(region);
  });
  const children = new Map<string, Region[]>();
  const byName = new Map<string, Region[]>();
  let longestName = 0;
  for (const region of all) {
    const province = byCode.get(region.provinceCode);
    const parentCode = region.level === 'county' ? region.code.slice(0, 4) : region.level === 'city' ? region.provinceCode : '';
    const parent = byCode.get(parentCode);
    if (parent) {
      const list = children.get(parent.code) ?? [];
      list.push(region);
      children.set(parent.code, list);
    }
    const pseudoParent = parent !== undefined && PSEUDO_CITY.test(parent.name);
    if (region.level === 'province') region.path = [region.name];
    else if (region.level === 'city') {
      region.path = MUNICIPALITIES.has(region.provinceCode) || PSEUDO_CITY.test(region.name) ? [province!.name] : [province!.name, region.name];
    } else {
      const city = parent;
      const cityPart = !city || pseudoParent || MUNICIPALITIES.has(region.provinceCode) || city.name === region.name ? [] : [city.name];
      region.path = [province!.name, ...cityPart, region.name];
    }
    if (region.level === 'province' && MUNICIPALITIES.has(region.code)) {
      region.cityCode = `${region.code}01`; // 北京 is a province and one city at once
    } else if (region.level === 'city') {
      region.cityCode = MUNICIPALITIES.has(region.provinceCode) ? `${region.provinceCode}01` : region.code;
    } else if (region.level === 'county') {
      region.cityCode = pseudoParent ? region.code : MUNICIPALITIES.has(region.provinceCode) ? `${region.provinceCode}01` : region.code.slice(0, 4);
    }
    if (PSEUDO_CITY.test(region.name)) continue; // not a place anyone names
    const names = region.shortName ? [region.name, region.shortName] : [region.name];
    // As people write them: an autonomous prefecture as 州 (阿坝州, 恩施州), and 内蒙.
    if (region.shortName && region.name.endsWith('自治州')) names.push(`${region.shortName}州`);
    if (region.code === '15') names.push('内蒙');
    for (const name of names) {
      const list = byName.get(name) ?? [];
      if (!list.includes(region)) list.push(region);
      byName.set(name, list);
      longestName = Math.max(longestName, name.length);
    }
  }
  return { all, byCode, byName, children, longestName };
}

/** The catalogue, built once on first use. */
export function getCatalogue(): Catalogue {
  catalogue ??= build();
  return catalogue;
}

/** The region of a short (2/4/6-digit) code, if the catalogue has it. */
export function findRegionByCode(code: string): Region | undefined {
  return getCatalogue().byCode.get(code);
}

/** The region's names joined from the top: 贵州省贵阳市南明区. */
export function fullRegionName(region: Region): string {
  return region.path.join('');
}
