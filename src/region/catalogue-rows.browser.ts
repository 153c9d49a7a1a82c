/** The catalogue's rows as the browser build loads them: decoded from the compact table, the smallest download. */
import data from '../generated/regions.json';
import { regionNameMap } from './region-names.js';
import { regionRowLines } from './region-table.js';

export const REGION_SOURCE = { source: data.source, vintage: data.vintage, vintageNote: data.vintageNote };

let lines: string[] | undefined;
let names: Map<string, string[]> | undefined;
let longest = 0;

export function catalogueRowLines(): string[] {
  lines ??= regionRowLines(data);
  return lines;
}

function nameMap(): Map<string, string[]> {
  if (!names) {
    names = regionNameMap(catalogueRowLines());
    for (const name of names.keys()) longest = Math.max(longest, name.length);
  }
  return names;
}

export function codesNamed(name: string): string[] | undefined {
  return nameMap().get(name);
}

export function longestName(): number {
  nameMap();
  return longest;
}
