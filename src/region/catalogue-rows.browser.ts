/** The catalogue's rows as the browser build loads them: decoded from the compact table, the smallest download. */
import data from '../generated/regions.json';
import { regionNameIndex, type RegionNameIndex } from './region-names.js';
import { regionRowLines } from './region-table.js';

export const REGION_SOURCE = { source: data.source, vintage: data.vintage, vintageNote: data.vintageNote };

let lines: string[] | undefined;

export function catalogueRowLines(): string[] {
  lines ??= regionRowLines(data);
  return lines;
}

export function catalogueNameIndex(): RegionNameIndex {
  return regionNameIndex(catalogueRowLines());
}
