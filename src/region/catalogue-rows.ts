/**
 * The catalogue's rows as Node builds load them, spelled out one line per region with the index
 * of their names beside them (`src/generated/region-rows.json`), so that a process's first
 * validation splits a string natively instead of decoding the compact table and indexing every
 * name. The browser build swaps in `catalogue-rows.browser.ts` (tsup.config.ts), which decodes
 * the compact table: fewer bytes to download.
 */
import data from '../generated/region-rows.json';

export const REGION_SOURCE = { source: data.source, vintage: data.vintage, vintageNote: data.vintageNote };

/** `code|name|short name|pinyin`, `|*` for a statistical area, in code order (stored joined by `~`: no character a JavaScript string must escape, which would slow the reading of the module). */
export function catalogueRowLines(): string[] {
  return data.rows.split('~');
}

/** `name|code code…`, sorted by name as JavaScript compares strings. */
let names: string[] | undefined;

/**
 * The codes of the regions bearing a name, found by halving the sorted index. Each line is compared
 * whole with `name|`: every character of a region's name sorts above `|` (generate-region-rows.ts
 * checks), so lines order as their names do, and no line need be cut to be compared.
 */
export function codesNamed(name: string): string[] | undefined {
  names ??= data.names.split('~');
  const probe = `${name}|`;
  let low = 0;
  let high = names.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const line = names[middle]!;
    if (line.startsWith(probe)) return line.slice(probe.length).split(' ');
    if (line < probe) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** The longest name regions are found by, in UTF-16 units. */
export function longestName(): number {
  return data.longestName;
}
