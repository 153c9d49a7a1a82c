/**
 * Regions by how they are written in Latin letters: the toneless pinyin of the full or the short
 * name (haerbin, guiyang, guiyangshi), and the English names that are not their pinyin (Harbin,
 * Inner Mongolia, Tibet, Hong Kong…). English words for the level (City, Province, District) are
 * left out.
 */
import { findRegionByCode, getCatalogue, type Region } from './catalogue.js';
import { PSEUDO_CITY } from './region-names.js';

/** English names that are not the place's pinyin; Shanxi and Shaanxi as the two provinces write them. */
const ENGLISH = new Map([
  ['harbin', '2301'],
  ['hohhot', '1501'],
  ['urumqi', '6501'],
  ['lhasa', '5401'],
  ['kashgar', '6531'],
  ['innermongolia', '15'],
  ['tibet', '54'],
  ['hongkong', '81'],
  ['macao', '82'],
  ['macau', '82'],
  ['shanxi', '14'],
  ['shaanxi', '61'],
]);
const LEVEL_WORD = /\s+(province|city|district|county|prefecture|municipality|autonomous region|region|sar|new area)$/;

/**
 * The words of a Latin spelling, lower case, each only its letters, without the level's English
 * word at the end ("Harbin City" → ["harbin"]); undefined for anything that is not one.
 */
export function latinWords(text: string): string[] | undefined {
  if (!/^[a-zü'’.\s-]+$/i.test(text)) return undefined;
  let words = text.toLowerCase().trim().replace(/\s+/g, ' ');
  for (let m = LEVEL_WORD.exec(words); m; m = LEVEL_WORD.exec(words)) words = words.slice(0, m.index);
  const list = words.split(/[\s.-]+/).map((w) => w.replace(/[^a-zü]/g, '')).filter((w) => w !== '');
  return list.join('').length >= 2 ? list : undefined;
}

let index: Map<string, Region[]> | undefined;

function spellingIndex(): Map<string, Region[]> {
  const map = new Map<string, Region[]>();
  const add = (key: string, region: Region) => {
    const list = map.get(key) ?? [];
    if (!list.includes(region)) list.push(region);
    map.set(key, list);
  };
  for (const region of getCatalogue().all) {
    if (PSEUDO_CITY.test(region.name)) continue;
    const syllables = region.pinyin.split(' ');
    add(syllables.join(''), region);
    if (region.shortName) add(syllables.slice(0, [...region.shortName].length).join(''), region);
  }
  return map;
}

/** The regions a Latin spelling names (see latinKey). */
export function regionsBySpelling(key: string): Region[] {
  const english = ENGLISH.get(key);
  if (english) return [findRegionByCode(english)!];
  index ??= spellingIndex();
  return index.get(key) ?? [];
}
