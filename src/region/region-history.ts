/**
 * The region history: county-level codes and names no longer in force (src/generated/region-history.json,
 * made by src/build/generate-region-history.ts from the Ministry of Civil Affairs' lists since 2002).
 * Imported for its effect by the core entry: resolving 310108 or 上海市闸北区 then gives 静安区 with an
 * info saying what changed. The browser build does not load it (its budget); there such an input
 * stays unknown.
 */
import data from '../generated/region-history.json';
import type { IssueList, IssuePath } from '../issues.js';
import { findRegionByCode, fullRegionName, getCatalogue, type Region } from './catalogue.js';
import './region-history-codes.js';
import { lookupRegion, useRegionHistory, type RetiredRegion } from './resolve-region.js';
import { shortRegionName } from './short-region-name.js';

/** [code, name, last list with it, first list without it, successor codes, "renamed" | "merged:YEAR" | ""]. */
type Entry = [string, string, string, string, string, string];

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const CANDIDATES_SHOWN = 8;

const month = (asOf: string) => `${asOf.slice(0, 4)} 年 ${Number(asOf.slice(5, 7))} 月`;

function makeRetired([code, name, lastListed, goneBy, successorCodes, how]: Entry): RetiredRegion {
  const successors = successorCodes === '' ? [] : successorCodes.split(',').map((c) => findRegionByCode(c)).filter((r): r is Region => r !== undefined);
  const city = findRegionByCode(MUNICIPALITIES.has(code.slice(0, 2)) ? code.slice(0, 2) : code.slice(0, 4)) ?? findRegionByCode(code.slice(0, 2));
  const children = city ? (getCatalogue().children.get(city.code) ?? []).flatMap((r) => (r.level === 'county' ? [r] : getCatalogue().children.get(r.code) ?? [])) : [];
  const candidates = children.filter((r) => r.level === 'county' && !r.statistical);
  const old = `${city ? fullRegionName(city) : ''}${name}`;
  const year = how.startsWith('merged:') ? how.slice(7) : undefined;
  const when = year ? { when: `已于 ${year} 年`, whenEn: `in ${year}` } : { when: `已在 ${month(lastListed)}至 ${month(goneBy)}间`, whenEn: `between ${lastListed} and ${goneBy}` };
  const retired: RetiredRegion = {
    code,
    name,
    successors,
    candidates,
    report(path: IssuePath, issues: IssueList, found?: Region) {
      const params = { old, code, lastListed, goneBy, ...when };
      if (found) {
        const merged = year !== undefined;
        issues.add('region.retired', path, { ...params, successor: fullRegionName(found), how: merged ? '并入' : '改为', howEn: merged ? 'merged into' : 'became' });
        return;
      }
      const shown = (successors.length > 0 ? successors : candidates).slice(0, CANDIDATES_SHOWN).map(fullRegionName);
      issues.add('region.retired-unresolved', path, { ...params, city: city ? fullRegionName(city) : '', candidates: shown.join('、') });
    },
  };
  return retired;
}

let byCode: Map<string, Entry> | undefined;
let byName: Map<string, Entry[]> | undefined;
const made = new Map<string, RetiredRegion>();

function index(): void {
  byCode = new Map();
  byName = new Map();
  for (const entry of data.entries as Entry[]) {
    byCode.set(entry[0], entry);
    const short = shortRegionName(entry[1]);
    for (const name of short ? [entry[1], short] : [entry[1]]) {
      const list = byName.get(name) ?? [];
      list.push(entry);
      byName.set(name, list);
    }
  }
}

function retiredOf(entry: Entry): RetiredRegion {
  let retired = made.get(entry[0]);
  if (!retired) made.set(entry[0], (retired = makeRetired(entry)));
  return retired;
}

useRegionHistory({
  byCode(code) {
    if (!byCode) index();
    const entry = byCode!.get(code);
    return entry ? retiredOf(entry) : undefined;
  },
  /** A text ending in a retired name, with nothing before it or a current region it lay in: 闸北区, 上海市闸北区, 上海闸北. */
  byName(text) {
    if (!byName) index();
    for (let i = 0; i <= text.length - 2; i++) {
      const entries = byName!.get(text.slice(i));
      if (!entries) continue;
      let matches = entries;
      if (i > 0) {
        const parent = lookupRegion(text.slice(0, i));
        if (!parent.ok) continue;
        matches = entries.filter((e) => e[0].startsWith(parent.region.code));
      }
      if (matches.length === 1) return retiredOf(matches[0]!);
      if (matches.length > 1) return undefined;
    }
    return undefined;
  },
});

/** Where the region history comes from. */
export const REGION_HISTORY_SOURCE: string = data.source;
