/**
 * The catalogue's rows as Node builds load them, spelled out one line per region with the name
 * index beside them (`src/generated/region-rows.json`), so that a process's first validation
 * splits a string natively instead of decoding the compact table and indexing every name. The
 * browser build swaps in `catalogue-rows.browser.ts` (tsup.config.ts), which decodes the compact
 * table: fewer bytes to download.
 */
import data from '../generated/region-rows.json';
import type { RegionNameIndex } from './region-names.js';

export const REGION_SOURCE = { source: data.source, vintage: data.vintage, vintageNote: data.vintageNote };

/** `code⇥name⇥short name⇥pinyin`, `⇥*` for a statistical area, in code order. */
export function catalogueRowLines(): string[] {
  return data.rows.split('\n');
}

export function catalogueNameIndex(): RegionNameIndex {
  return { lines: data.names.split('\n'), longest: data.longestName };
}
