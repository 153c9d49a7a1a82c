/**
 * The region history: county-level codes and names no longer in force (src/generated/region-history.json,
 * made by src/build/generate-region-history.ts from the Ministry of Civil Affairs' lists since 2002).
 * Imported for its effect by the core entry: resolving 310108 or 上海市闸北区 then gives 静安区 with an
 * info saying what changed. The browser build does not load it (its budget); there such an input
 * stays unknown.
 */
import data from '../generated/region-history.json';
import type { IssueList, IssuePath } from '../issues.js';
import { findRegionByCode, fullRegionName, getCatalogue, MUNICIPALITIES, PSEUDO_CITY, type Region } from './catalogue.js';
import './region-history-codes.js';
import { lookupRegion, useRegionHistory, type RetiredRegion } from './resolve-region.js';
import { useFormerNames } from './search-regions.js';
import { shortRegionName } from './short-region-name.js';

/** [code, name, last list with it, first list without it, successor codes, "renamed" | "merged:YEAR" | "became:YEAR" | ""]. */
type Entry = [string, string, string, string, string, string];

const CANDIDATES_SHOWN = 8;

const month = (asOf: string) => `${asOf.slice(0, 4)} 年 ${Number(asOf.slice(5, 7))} 月`;

function makeRetired([code, name, lastListed, goneBy, successorCodes, how]: Entry): RetiredRegion {
  // The catalogue's codes are short by level: a prefecture's 520500 is 5205.
  const successors = successorCodes === '' ? [] : successorCodes.split(',').map((c) => findRegionByCode(c.endsWith('00') ? c.slice(0, 4) : c)).filter((r): r is Region => r !== undefined);
  // A prefecture (code ending in 00) lay in its province; a county in its city, or in its municipality.
  const prefecture = code.endsWith('00');
  const province = findRegionByCode(code.slice(0, 2));
  const cityCode = prefecture || MUNICIPALITIES.has(code.slice(0, 2)) ? code.slice(0, 2) : code.slice(0, 4);
  // A county of a retired prefecture (522401 of 毕节地区) lies in what that prefecture became (毕节市).
  const formerCity = cityCode.length === 4 && !findRegionByCode(cityCode) ? byCode?.get(`${cityCode}00`) : undefined;
  const city = findRegionByCode(cityCode) ?? (formerCity ? retiredOf(formerCity).successors[0] : undefined) ?? province;
  const children = city ? (getCatalogue().children.get(city.code) ?? []).flatMap((r) => (prefecture || r.level === 'county' ? [r] : getCatalogue().children.get(r.code) ?? [])) : [];
  const candidates = children.filter((r) => r.level === (prefecture ? 'city' : 'county') && !r.statistical && !PSEUDO_CITY.test(r.name));
  const old = formerCity ? `${province ? fullRegionName(province) : ''}${formerCity[1]}${name}` : `${city ? fullRegionName(city) : ''}${name}`;
  const year = how.includes(':') ? how.slice(how.indexOf(':') + 1) : undefined;
  const merged = how.startsWith('merged:');
  const when = year ? { when: `已于 ${year} 年`, whenEn: `in ${year}` } : { when: `已在 ${month(lastListed)}至 ${month(goneBy)}间`, whenEn: `between ${lastListed} and ${goneBy}` };
  const retired: RetiredRegion = {
    code,
    name,
    successors,
    candidates,
    report(path: IssuePath, issues: IssueList, found?: Region) {
      const params = { old, code, lastListed, goneBy, ...when };
      if (found) {
        issues.add('region.retired', path, { ...params, successor: fullRegionName(found), how: merged ? '并入' : '改为', howEn: merged ? 'merged into' : 'became' });
        return;
      }
      const shown = (successors.length > 0 ? successors : candidates).slice(0, CANDIDATES_SHOWN).map(fullRegionName);
      issues.add('region.retired-unresolved', path, {
        ...params,
        city: city ? fullRegionName(city) : '',
        unit: prefecture ? '市（州）' : '区县',
        unitEn: prefecture ? 'prefecture' : 'county or district',
        candidates: shown.join('、'),
      });
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

const history = {
  byCode(code: string): RetiredRegion | undefined {
    if (!byCode) index();
    const entry = byCode!.get(code);
    return entry ? retiredOf(entry) : undefined;
  },
  /** A text ending in a retired name, with nothing before it or a current region it lay in: 闸北区, 上海市闸北区, 上海闸北. */
  byName(text: string): RetiredRegion | undefined {
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
};
useRegionHistory(history);
// The search finds former names too, as the successors they are now.
useFormerNames((text) => {
  const retired = history.byName(text);
  return retired && retired.successors.length > 0 ? { name: retired.name, regions: retired.successors } : undefined;
});

/** Where the region history comes from. */
export const REGION_HISTORY_SOURCE: string = data.source;
