/**
 * The names a region is found by: its full name, its short name, an autonomous prefecture as 州
 * (阿坝州, 恩施州), and 内蒙. Node builds carry them as a sorted index made at build time
 * (region-rows.json, searched by halving); the browser build makes this map on first use.
 */

/** The lists' name for a province's counties directly under it (省直辖县级行政区划): no place anyone names. */
export const PSEUDO_CITY = /直辖县级行政区划$/;

/** Name → codes of the regions bearing it, in catalogue order, from the catalogue's row lines (`code|name|short name|…`). */
export function regionNameMap(rowLines: readonly string[]): Map<string, string[]> {
  const codesByName = new Map<string, string[]>();
  for (const line of rowLines) {
    const [code, name, shortName] = line.split('|') as [string, string, string];
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
  return codesByName;
}
