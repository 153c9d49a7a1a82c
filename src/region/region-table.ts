/**
 * The compact form of the region catalogue that ships (src/generated/regions.json), about 40% of
 * the size of plain rows once gzipped, which is what a browser bundle pays for:
 *
 * - `tree`: a line per province; in it `;` starts a prefecture and `,` a county. Each entry is the
 *   last two digits of its code, left out when they follow the previous sibling's, then the name:
 *   `52贵州省;01贵阳市,02南明区,云岩区…`; `*` before the name marks a statistical area.
 * - `readings`: the toneless pinyin of each of `characters`, in their order, space-separated:
 *   `qu xian shi…` for 区县市… (no Chinese character twice in the bundle).
 * - `readingExceptions`: the names whose reading differs from their characters' usual ones
 *   (place-name readings such as 单县 shan xian), by code.
 * - `characters`: the tree's Chinese characters, the most frequent first. In the tree each one is
 *   written in ASCII letters — the 26 most frequent as one capital (`A` 区, `B` 县…), the others as
 *   a small letter and a letter — because bundlers write a Chinese character in a string as a
 *   six-byte `\uXXXX` escape, which gzip packs worse than letters (about 2.5 KB of a browser bundle).
 *
 * Short names (贵州, 黔东南) are not stored: `shortRegionName` derives them, as it did at build time.
 */
import { shortRegionName } from './short-region-name.js';

export interface RegionTable {
  tree: string;
  readings: string;
  readingExceptions: Record<string, string>;
  characters: string;
}

const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LETTERS = CAPITALS + 'abcdefghijklmnopqrstuvwxyz';
const CHARACTER_CODE = /[A-Z]|[a-z][A-Za-z]/g;

/** The letters that stand for the character at `index` of `characters`. */
function characterCode(index: number): string {
  if (index < 26) return CAPITALS[index]!;
  const rest = index - 26;
  if (rest >= 26 * 52) throw new Error('more characters than two letters can stand for');
  return LETTERS[26 + Math.floor(rest / 52)]! + LETTERS[rest % 52]!;
}

/** The tree with its characters written back in place of their letters. */
function decodeTree(tree: string, characters: readonly string[]): string {
  return tree.replace(CHARACTER_CODE, (code) =>
    characters[code.length === 1 ? code.charCodeAt(0) - 65 : 26 + (code.charCodeAt(0) - 97) * 52 + LETTERS.indexOf(code[1]!)]!,
  );
}

/**
 * [code, name, short name or "", pinyin: one toneless syllable per character], and "statistical"
 * for an area of the statistics bureau's codes that is no administrative division (a development zone).
 */
export type RegionRow = [string, string, string, string] | [string, string, string, string, 'statistical'];

const SEPARATORS = /[\n;,]/;

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The rows, sorted by code, as the table. Throws on a name the format cannot hold. */
export function encodeRegionTable(rows: readonly RegionRow[]): RegionTable {
  const votes = new Map<string, Map<string, number>>();
  for (const [, name, , pinyin] of rows) {
    if (SEPARATORS.test(name) || /[\dA-Za-z*]/.test(name)) throw new Error(`region name ${name} holds a separator, digit or letter`);
    const syllables = pinyin.split(' ');
    if (syllables.length !== [...name].length || !syllables.every((syllable) => /^[a-zü]+$/.test(syllable))) {
      throw new Error(`region name ${name} needs one syllable of a–z or ü per character, not "${pinyin}"`);
    }
    [...name].forEach((char, i) => {
      const counts = votes.get(char) ?? new Map<string, number>();
      counts.set(syllables[i]!, (counts.get(syllables[i]!) ?? 0) + 1);
      votes.set(char, counts);
    });
  }
  const usual = new Map<string, string>();
  for (const [char, counts] of votes) usual.set(char, [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);

  const readingExceptions: Record<string, string> = {};
  let tree = '';
  const last = [0, 0, 0];
  for (const [code, name, , pinyin, kind] of rows) {
    if ([...name].map((c) => usual.get(c)).join(' ') !== pinyin) readingExceptions[code] = pinyin;
    const mark = kind === 'statistical' ? '*' : '';
    const level = code.length / 2 - 1;
    const tail = Number(code.slice(-2));
    if (level === 0) {
      tree += `${tree === '' ? '' : '\n'}${code}${name}`;
    } else {
      tree += (level === 1 ? ';' : ',') + (tail === last[level]! + 1 ? '' : twoDigits(tail)) + mark + name;
    }
    last[level] = tail;
    for (let deeper = level + 1; deeper < 3; deeper++) last[deeper] = 0;
  }
  const frequency = new Map<string, number>();
  for (const char of tree) if (char.charCodeAt(0) > 127) frequency.set(char, (frequency.get(char) ?? 0) + 1);
  const ordered = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([char]) => char);
  const codes = new Map(ordered.map((char, i) => [char, characterCode(i)]));
  let lettered = '';
  for (const char of tree) lettered += codes.get(char) ?? char;
  return { tree: lettered, readings: ordered.map((char) => usual.get(char)!).join(' '), readingExceptions, characters: ordered.join('') };
}

/** The rows of a table, in code order. */
export function decodeRegionTable(table: RegionTable): RegionRow[] {
  const rows: RegionRow[] = [];
  forEachRegionRow(table, (code, name, shortName, pinyin, statistical) => rows.push(statistical ? [code, name, shortName, pinyin, 'statistical'] : [code, name, shortName, pinyin]));
  return rows;
}

/** The rows of a table as the catalogue reads them, in code order: `code|name|short name|pinyin`, and `|*` for a statistical area. */
export function regionRowLines(table: RegionTable): string[] {
  const lines: string[] = [];
  forEachRegionRow(table, (code, name, shortName, pinyin, statistical) => lines.push(`${code}|${name}|${shortName}|${pinyin}${statistical ? '|*' : ''}`));
  return lines;
}

/**
 * Each row of a table, in code order, without building the rows: the catalogue is made at the
 * first validation, so what it allocates is paid in every process's cold start.
 */
export function forEachRegionRow(table: RegionTable, visit: (code: string, name: string, shortName: string, pinyin: string, statistical: boolean) => void): void {
  // By code point: a character outside the Basic Multilingual Plane is one character.
  const characters = Array.from(table.characters);
  const usual = new Map<string, string>();
  const syllables = table.readings.split(' ');
  for (let i = 0; i < syllables.length; i++) usual.set(characters[i]!, syllables[i]!);
  const exceptions = table.readingExceptions;
  const emit = (code: string, entry: string): void => {
    const statistical = entry.startsWith('*');
    const name = statistical ? entry.slice(1) : entry;
    const short = shortRegionName(name);
    let pinyin = Object.hasOwn(exceptions, code) ? exceptions[code] : undefined;
    if (pinyin === undefined) {
      pinyin = '';
      for (const char of name) pinyin += (pinyin === '' ? '' : ' ') + usual.get(char);
    }
    visit(code, name, short && short !== name ? short : '', pinyin, statistical);
  };
  for (const line of decodeTree(table.tree, characters).split('\n')) {
    const prefectures = line.split(';');
    const head = prefectures[0]!;
    const province = head.slice(0, 2);
    emit(province, head.slice(2));
    let cityTail = 0;
    for (let p = 1; p < prefectures.length; p++) {
      const counties = prefectures[p]!.split(',');
      cityTail = tailOf(counties[0]!, cityTail);
      const city = province + twoDigits(cityTail);
      emit(city, nameOf(counties[0]!));
      let countyTail = 0;
      for (let c = 1; c < counties.length; c++) {
        countyTail = tailOf(counties[c]!, countyTail);
        emit(city + twoDigits(countyTail), nameOf(counties[c]!));
      }
    }
  }
}

const startsWithTwoDigits = (entry: string): boolean => {
  const a = entry.charCodeAt(0);
  const b = entry.charCodeAt(1);
  return a >= 48 && a <= 57 && b >= 48 && b <= 57;
};

function tailOf(entry: string, previous: number): number {
  return startsWithTwoDigits(entry) ? (entry.charCodeAt(0) - 48) * 10 + entry.charCodeAt(1) - 48 : previous + 1;
}

function nameOf(entry: string): string {
  return startsWithTwoDigits(entry) ? entry.slice(2) : entry;
}
