/**
 * Resolves what a person or a system wrote for a region — a code at any level or a name, full or
 * short, with or without its province — to one catalogue region, or says why it cannot.
 */
import { LruCache } from '../cache/lru-cache.js';
import { textOf } from '../input/text-of.js';
import { IssueList, type Issue, type IssuePath, type Locale } from '../issues.js';
import { findRegionByCode, fullRegionName, longestRegionName, regionsNamed, type Region } from './catalogue.js';
import { INPUT_LIMITS } from '../input/limits.js';
import { reportRegionProblem } from './report-region-problem.js';
import { latinWords, regionsBySpelling } from './latin-spelling.js';
import { searchRegions } from './search-regions.js';

/**
 * A county-level division no longer in force, as the region history (loaded by the core entry, not
 * by the browser build) knows it: what took its place, and how to say so.
 */
export interface RetiredRegion {
  code: string;
  name: string;
  /** The current region(s) that took its place; none when the lists do not tell. */
  successors: Region[];
  /** The current counties of its city, when its successor is not known. */
  candidates: Region[];
  /** Reports what happened to it at `path`: an info when `found` is its successor, else an error. */
  report(path: IssuePath, issues: IssueList, found?: Region): void;
}

/** The region history's look-ups: a retired code, or a text naming a retired division. */
export interface RegionHistory {
  byCode(code: string): RetiredRegion | undefined;
  byName(text: string): RetiredRegion | undefined;
  /** The words of a Latin spelling (see latinWords) naming a retired division. */
  bySpelling(words: string[]): RetiredRegion | undefined;
}

let history: RegionHistory | undefined;

/** Installs the region history (the core entry does, on import). */
export function useRegionHistory(given: RegionHistory): void {
  history = given;
  cache.clear();
}

/** A retired division: its successor when there is one, else the choice of what it may be now. */
function fromRetired(retired: RetiredRegion): RegionLookup {
  if (retired.successors.length === 1) return { ok: true, region: retired.successors[0]!, retired };
  return { ok: false, reason: 'ambiguous', candidates: retired.successors.length > 0 ? retired.successors : retired.candidates, retired };
}

/** Why a region input does not resolve, and what it may have meant. */
export interface RegionLookupFailure {
  ok: false;
  reason: 'unknown' | 'ambiguous' | 'mismatch' | 'too-long';
  /** Ranked candidates: what the input may have meant. */
  candidates: Region[];
  /** For a mismatch: the part that was understood and the part that does not belong to it. */
  parent?: Region;
  child?: string;
  /** When the input names a division no longer in force. */
  retired?: RetiredRegion;
}

/** A region found: `taken` when it was read from a short form (贵阳, 阿坝州, 北京朝阳) or a Latin spelling (haerbin, Harbin). */
export type RegionLookup = { ok: true; region: Region; taken?: 'short' | 'spelling'; retired?: RetiredRegion } | RegionLookupFailure;

export type RegionResolution =
  | {
      ok: true;
      region: Region;
      taken?: 'short' | 'spelling';
      /** Info issues: region.interpreted when the region was read from a short form or a spelling, region.statistical for a development zone; else none. */
      issues: Issue[];
    }
  | (RegionLookupFailure & {
      /** The issue to show for this input (path [], "did you mean" in the suggestion). */
      issues: Issue[];
    });

const SEPARATORS = /[\s/\\,，、·>\-—|]+/g;

function resolveCode(digits: string): RegionLookup {
  let code = digits;
  if (code.length === 12) code = code.slice(0, 6); // statistical codes add six village digits
  if (code.length === 6) code = code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code;
  if (![2, 4, 6].includes(code.length)) return { ok: false, reason: 'unknown', candidates: [] };
  const region = findRegionByCode(code);
  if (region) return { ok: true, region };
  const retired = code.length > 2 ? history?.byCode(code.padEnd(6, '0')) : undefined;
  if (retired) return fromRetired(retired);
  // Suggest the nearest level that exists: the city, then the province.
  const candidates = [code.slice(0, 4), code.slice(0, 2)]
    .filter((c) => c.length < code.length)
    .map((c) => findRegionByCode(c))
    .filter((r): r is Region => r !== undefined);
  return { ok: false, reason: 'unknown', candidates: candidates.slice(0, 1) };
}

interface Parse {
  region: Region;
  /** Segments matched by a short name rather than a full one. */
  shortMatches: number;
}

function descendsFrom(region: Region, ancestor: Region): boolean {
  return region.code !== ancestor.code && region.code.startsWith(ancestor.code);
}

/** All ways to read `text` as a chain of names, each inside the previous one. */
function parseChain(text: string, parent: Region | undefined, out: Parse[], shortMatches: number): void {
  for (let length = Math.min(text.length, longestRegionName()); length >= 2; length--) {
    const head = text.slice(0, length);
    const matches = regionsNamed(head);
    if (!matches) continue;
    const rest = text.slice(length);
    for (const region of matches) {
      if (parent && !descendsFrom(region, parent)) continue;
      const short = region.name === head ? 0 : 1;
      if (rest === '') out.push({ region, shortMatches: shortMatches + short });
      else parseChain(rest, region, out, shortMatches + short);
    }
  }
}

const LEVEL_RANK = { province: 0, city: 1, county: 2 } as const;

function rank(a: Parse, b: Parse): number {
  return a.shortMatches - b.shortMatches || LEVEL_RANK[a.region.level] - LEVEL_RANK[b.region.level];
}

/** The longest leading name that resolves on its own, for a "X is not in Y" answer. */
function findMismatch(text: string): { parent: Region; child: string; candidates: Region[] } | undefined {
  for (let length = Math.min(text.length - 1, longestRegionName()); length >= 2; length--) {
    const parents = regionsNamed(text.slice(0, length));
    if (!parents || parents.length !== 1) continue;
    const child = text.slice(length);
    const elsewhere: Parse[] = [];
    parseChain(child, undefined, elsewhere, 0);
    if (elsewhere.length > 0) {
      elsewhere.sort(rank);
      return { parent: parents[0]!, child, candidates: [...new Set(elsewhere.map((p) => p.region))].slice(0, 5) };
    }
  }
  return undefined;
}

function resolveName(text: string): RegionLookup {
  const parses: Parse[] = [];
  parseChain(text, undefined, parses, 0);
  if (parses.length > 0) {
    parses.sort(rank);
    const best = parses[0]!;
    const tied = parses.filter((p) => rank(p, best) === 0 && p.region !== best.region);
    if (tied.length === 0) return best.shortMatches > 0 ? { ok: true, region: best.region, taken: 'short' } : { ok: true, region: best.region };
    return { ok: false, reason: 'ambiguous', candidates: [...new Set([best, ...tied].map((p) => p.region))] };
  }
  const retired = history?.byName(text);
  if (retired) return fromRetired(retired);
  const mismatch = findMismatch(text);
  if (mismatch) return { ok: false, reason: 'mismatch', ...mismatch };
  return { ok: false, reason: 'unknown', candidates: searchRegions(text, { limit: 5 }).map((hit) => hit.region) };
}

const LEVELS = ['province', 'city', 'county'] as const;

/** A Latin spelling: the one place at the highest level it names, or the places it may mean. */
function resolveSpelling(words: string[], input: string): RegionLookup {
  let matches = regionsBySpelling(words.join(''));
  // "Beijing Chaoyang", "Guangzhou Tianhe": a place, then one inside it.
  for (let i = 1; matches.length === 0 && i < words.length; i++) {
    const parents = regionsBySpelling(words.slice(0, i).join(''));
    const children = regionsBySpelling(words.slice(i).join(''));
    matches = children.filter((child) => parents.some((parent) => descendsFrom(child, parent)));
  }
  for (const level of LEVELS) {
    const at = matches.filter((r) => r.level === level);
    if (at.length === 1) return { ok: true, region: at[0]!, taken: 'spelling' };
    if (at.length > 1) return { ok: false, reason: 'ambiguous', candidates: at.slice(0, 5) };
  }
  const retired = history?.bySpelling(words);
  if (retired) return fromRetired(retired);
  return { ok: false, reason: 'unknown', candidates: searchRegions(input, { limit: 5 }).map((hit) => hit.region) };
}

const cache = new LruCache<string, RegionLookup>(2000);

/** resolveRegion without the issue texts, remembered for the 2,000 inputs most in use. */
export function lookupRegion(input: string | number): RegionLookup {
  const key = textOf(input);
  if (key === undefined) return { ok: false, reason: 'unknown', candidates: [] };
  // Longer than any region's name: answered at once, and never kept in the cache.
  if (key.length > INPUT_LIMITS.maxRegionLength) return { ok: false, reason: 'too-long', candidates: [] };
  const cached = cache.get(key);
  if (cached) return cached;
  const text = key.replace(SEPARATORS, '');
  const latin = latinWords(key);
  const result = /^\d+$/.test(text)
    ? resolveCode(text)
    : latin
      ? resolveSpelling(latin, key)
      : text.length < 2
        ? { ok: false as const, reason: 'unknown' as const, candidates: [] }
        : resolveName(text);
  cache.set(key, result);
  return result;
}

/** The notes on a region found: that it was read from a short form or a spelling, and that it is a statistical area. */
export function reportFound(lookup: { region: Region; taken?: 'short' | 'spelling'; retired?: RetiredRegion }, input: string | number, path: (string | number)[], issues: IssueList): void {
  const { region } = lookup;
  if (lookup.retired) return lookup.retired.report(path, issues, region);
  if (lookup.taken) issues.add('region.interpreted', path, { input: String(input).trim(), name: fullRegionName(region) });
  if (region.statistical) {
    const city = region.cityCode ? findRegionByCode(region.cityCode) : undefined;
    issues.add('region.statistical', path, { name: region.name, city: city ? fullRegionName(city) : region.path[0]! });
  }
}

/**
 * Resolves a region code ("520102", "5201", "52", 520100) or name ("贵州省贵阳市南明区", "贵阳",
 * "哈尔滨市道里区") to one region of the catalogue, or says why not: the ranked candidates and the
 * issue to show, with its "did you mean" suggestion.
 * @example resolveRegion('贵阳') // { ok: true, region: { code: '5201', name: '贵阳市', … }, issues: [] }
 */
export function resolveRegion(input: string | number, givenOptions: { locale?: Locale } = {}): RegionResolution {
  const issues = new IssueList(givenOptions?.locale);
  if (textOf(input) === undefined) {
    issues.add('input.type', [], { field: 'region', expected: '文本或数字', expectedEn: 'text or a number' });
    return { ok: false, reason: 'unknown', candidates: [], issues: issues.items };
  }
  const lookup = lookupRegion(input);
  if (lookup.ok) {
    reportFound(lookup, input, [], issues);
    return lookup.taken ? { ok: true, region: lookup.region, taken: lookup.taken, issues: issues.items } : { ok: true, region: lookup.region, issues: issues.items };
  }
  reportRegionProblem(lookup, input, [], issues);
  return { ...lookup, issues: issues.items };
}
