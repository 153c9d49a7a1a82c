/**
 * The names a region is found by — its full name, its short name, an autonomous prefecture as 州
 * (阿坝州, 恩施州), and 内蒙 — as a sorted index of lines `name⇥code code…` that a lookup searches
 * by halving. Node builds carry the index made at build time (region-rows.json); the browser
 * build makes it from the rows on first use.
 */

/** The lists' name for a province's counties directly under it (省直辖县级行政区划): no place anyone names. */
export const PSEUDO_CITY = /直辖县级行政区划$/;

export interface RegionNameIndex {
  /** `name⇥code code…`, sorted by name as JavaScript compares strings; codes in catalogue order. */
  lines: string[];
  /** The longest name, in UTF-16 units. */
  longest: number;
}

/** The index of the catalogue's row lines (`code⇥name⇥short name⇥…`). */
export function regionNameIndex(rowLines: readonly string[]): RegionNameIndex {
  const codesByName = new Map<string, string[]>();
  for (const line of rowLines) {
    const [code, name, shortName] = line.split('\t') as [string, string, string];
    if (PSEUDO_CITY.test(name)) continue;
    const names = shortName ? [name, shortName] : [name];
    if (shortName && name.endsWith('自治州')) names.push(`${shortName}州`);
    if (code === '15') names.push('内蒙');
    for (const n of names) {
      const codes = codesByName.get(n) ?? [];
      if (!codes.includes(code)) codes.push(code);
      codesByName.set(n, codes);
    }
  }
  const names = [...codesByName.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { lines: names.map((n) => `${n}\t${codesByName.get(n)!.join(' ')}`), longest: Math.max(...names.map((n) => n.length)) };
}

/** The codes of the regions bearing `name`, by binary search of the index, or undefined. */
export function codesNamed(index: RegionNameIndex, name: string): string[] | undefined {
  const { lines } = index;
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const line = lines[middle]!;
    const tab = line.indexOf('\t');
    const found = line.slice(0, tab);
    if (found === name) return line.slice(tab + 1).split(' ');
    if (found < name) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}
