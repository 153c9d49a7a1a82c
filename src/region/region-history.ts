/**
 * The region history: county- and prefecture-level codes and names no longer in force since 1981
 * (src/generated/region-history.json, made by src/build/generate-region-history.ts from the
 * Ministry of Civil Affairs' lists and change records).
 * Imported for its effect by the core entry: resolving 310108 or 上海市闸北区 then gives 静安区 with an
 * info saying what changed. The browser build does not load it (its budget); there such an input
 * stays unknown.
 */
import data from '../generated/region-history.json';
import type { IssueList, IssuePath } from '../issues.js';
import { findRegionByCode, fullRegionName, getCatalogue, MUNICIPALITIES, type Region } from './catalogue.js';
import { PSEUDO_CITY } from './region-names.js';
import './region-history-codes.js';
import { regionsBySpelling } from './latin-spelling.js';
import { lookupRegion, useRegionHistory, type RetiredRegion } from './resolve-region.js';
import { useFormerNames } from './search-regions.js';
import { shortRegionName } from './short-region-name.js';

/**
 * [code, name, what it lay in then, year gone, current successor codes, how ("became" | "merged" |
 * "now" | "split" | ""), approval (index into data.approvals, or ""), current codes parts of it went to earlier,
 * the name's syllables].
 */
type Entry = [string, string, string, string, string, string, string, string, string];

const CANDIDATES_SHOWN = 8;

const HOW = {
  became: { change: '撤销，改为', changeEn: 'was abolished and became' },
  merged: { change: '撤销，并入', changeEn: 'was abolished and merged into' },
  now: { change: '撤销，其辖区现属', changeEn: 'was abolished; its area is now part of' },
  // Same name, new code: a county moved to a new city (毕节地区大方县 → 毕节市大方县).
  renumbered: { change: '改为', changeEn: 'became' },
} as const;

let approvals: string[] | undefined;

/** The catalogue's codes are short by level: a province's 500000 is 50, a prefecture's 520500 is 5205. */
const regionOf = (code: string) => findRegionByCode(code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code);
const regionsOf = (codes: string) => (codes === '' ? [] : codes.split(',').map(regionOf).filter((r): r is Region => r !== undefined));
const names = (regions: Region[]) => ({ zh: regions.map(fullRegionName).join('、'), en: regions.map(fullRegionName).join(', ') });

function makeRetired([code, name, within, year, successorCodes, how, approvalIndex, earlierCodes]: Entry): RetiredRegion {
  const successors = regionsOf(successorCodes);
  const prefecture = code.endsWith('00');
  // With no successor recorded: a choice among the counties (or prefectures) of what it lay in.
  const cityCode = prefecture || MUNICIPALITIES.has(code.slice(0, 2)) ? code.slice(0, 2) : code.slice(0, 4);
  const city = findRegionByCode(cityCode) ?? findRegionByCode(code.slice(0, 2));
  const children = city ? (getCatalogue().children.get(city.code) ?? []).flatMap((r) => (prefecture || r.level === 'county' ? [r] : getCatalogue().children.get(r.code) ?? [])) : [];
  const candidates = children.filter((r) => r.level === (prefecture ? 'city' : 'county') && !r.statistical && !PSEUDO_CITY.test(r.name));
  const old = within + name;
  approvals ??= data.approvals.split('\n');
  const approval = approvalIndex === '' ? '' : (approvals[Number(approvalIndex)] ?? '');
  const earlier = names(regionsOf(earlierCodes));
  const retired: RetiredRegion = {
    code,
    name,
    successors,
    candidates,
    report(path: IssuePath, issues: IssueList, found?: Region) {
      const params = {
        old,
        code,
        year,
        approval: approval || '未载明',
        approvalEn: approval || 'not recorded',
        earlier: earlier.zh && `（此前已有部分辖区划入${earlier.zh}）`,
        earlierEn: earlier.en && ` (parts of it had gone to ${earlier.en} before)`,
        unit: prefecture ? '市（州）' : '区县',
        unitEn: prefecture ? 'prefecture' : 'county or district',
      };
      if (found) {
        const successor = fullRegionName(found);
        // The same place under a new number (139002 辛集市 → 130181): only the code changed.
        if (successor === old) {
          issues.add('region.retired', path, { ...params, successor, change: `改用代码 ${found.gbCode}`, changeEn: `took the code ${found.gbCode}` });
          return;
        }
        const change = found.name === name ? HOW.renumbered : (HOW[how as keyof typeof HOW] ?? HOW.now);
        issues.add('region.retired', path, { ...params, successor, change: change.change + successor, changeEn: `${change.changeEn} ${successor}` });
        return;
      }
      if (successors.length > 1) {
        const shown = names(successors);
        issues.add('region.retired-split', path, { ...params, successors: shown.zh, successorsEn: shown.en });
        return;
      }
      const shown = names(candidates.slice(0, CANDIDATES_SHOWN));
      issues.add('region.retired-unresolved', path, { ...params, city: city ? fullRegionName(city) : '', candidates: shown.zh, candidatesEn: shown.en });
    },
  };
  return retired;
}

let byCode: Map<string, Entry> | undefined;
let byName: Map<string, Entry[]> | undefined;
let bySpelling: Map<string, Entry[]> | undefined;
const made = new Map<Entry, RetiredRegion>();

function add(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

/** One place among entries of one name: the full name before a short one, and one name retired more than once counted once. */
function onePlace(matches: Entry[], name?: string): Entry | undefined {
  const exact = name === undefined ? [] : matches.filter((e) => e[1] === name);
  const chosen = exact.length > 0 ? exact : matches;
  // 邯郸县 renumbered in 1983 and abolished in 2016 is one place: every entry went to the same divisions now.
  if (chosen.length > 0 && chosen.every((e) => e[4] !== '' && e[4] === chosen[0]![4])) return latest(chosen);
  return undefined;
}

function index(): void {
  byCode = new Map();
  byName = new Map();
  bySpelling = new Map();
  // Oldest first for each code: a code given out again keeps its latest meaning.
  for (const line of data.entries.split('\n')) {
    const entry = line.split('|') as Entry;
    byCode.set(entry[0], entry);
    const short = shortRegionName(entry[1]);
    for (const name of short ? [entry[1], short] : [entry[1]]) add(byName, name, entry);
    const syllables = entry[8].split(' ');
    add(bySpelling, syllables.join(''), entry);
    if (short && short !== entry[1]) add(bySpelling, syllables.slice(0, [...short].length).join(''), entry);
  }
}

const latest = (entries: Entry[]) => entries.reduce((a, b) => (Number(b[3]) > Number(a[3]) ? b : a));

function retiredOf(entry: Entry): RetiredRegion {
  let retired = made.get(entry);
  if (!retired) made.set(entry, (retired = makeRetired(entry)));
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
      const one = onePlace(matches, text.slice(i));
      if (one) return retiredOf(one);
      if (matches.length > 0) return undefined;
    }
    return undefined;
  },
  /** A Latin spelling of a retired name, alone or after a current place it lay in: zhabei, Shanghai Zhabei. */
  bySpelling(words: string[]): RetiredRegion | undefined {
    if (!bySpelling) index();
    for (let i = 0; i < words.length; i++) {
      const matches = bySpelling!.get(words.slice(i).join(''));
      if (!matches) continue;
      const parents = i === 0 ? undefined : regionsBySpelling(words.slice(0, i).join(''));
      const within = parents ? matches.filter((e) => parents.some((p) => e[0].startsWith(p.code))) : matches;
      const one = onePlace(within);
      if (one) return retiredOf(one);
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
