/**
 * searchRegions(): the fuzzy search behind a form's 原参保地/现参保地 picker and behind every
 * "did you mean" — by code, by Chinese name (full, short, partial, with its province and city),
 * by full pinyin (haerbin), by pinyin initials (heb), and through one or two typos (haerbing,
 * guiyan, 贵州市). Pinyin was computed at build time, so no dictionary ships.
 */
import { snapshot } from '../input/snapshot.js';
import { textOf } from '../input/text-of.js';
import { getCatalogue, type Region, type RegionLevel } from './catalogue.js';
import { INPUT_LIMITS } from '../input/limits.js';

export type RegionMatch =
  | 'code'
  | 'code-prefix'
  | 'name'
  | 'short-name'
  | 'full-name'
  | 'name-prefix'
  | 'name-contains'
  | 'full-name-contains'
  | 'pinyin'
  | 'pinyin-prefix'
  | 'initials'
  | 'initials-prefix'
  | 'name-typo'
  | 'pinyin-typo'
  | 'former-name';

export interface RegionHit {
  /** 2, 4 or 6 digits by level. */
  code: string;
  /** The 6-digit GB/T 2260 code. */
  gbCode: string;
  name: string;
  level: RegionLevel;
  /** From the top: ["黑龙江省", "哈尔滨市", "道里区"]. */
  path: string[];
  /** "黑龙江省 / 哈尔滨市 / 道里区". */
  pathText: string;
  /** Why it matched. */
  match: RegionMatch;
  /** The text of the region that matched: a name, a pinyin spelling, initials or a code. */
  matched: string;
  /** Higher is better; only the order is meaningful. */
  score: number;
  region: Region;
}

export interface SearchRegionsOptions {
  /** At most this many hits (10 by default). */
  limit?: number;
  /** Only regions of this level (or levels). */
  level?: RegionLevel | RegionLevel[];
  /** Only regions within this code prefix ("23", "2301"). */
  within?: string;
}

interface Entry {
  region: Region;
  names: string[];
  fullName: string;
  /** Joined pinyin of the short name and of the full name: "haerbin", "haerbinshi". */
  spellings: string[];
  /** Initials of the short name and of the full name: "heb", "hebs". */
  initials: string[];
}

let index: Entry[] | undefined;

function buildIndex(): Entry[] {
  const entries: Entry[] = [];
  for (const region of getCatalogue().all) {
    // A municipality's placeholder prefectures repeat the municipality; pseudo-prefectures name no place.
    if (/直辖县级行政区划$/.test(region.name)) continue;
    if (region.level === 'city' && region.path.length === 1) continue;
    const syllables = region.pinyin.split(' ');
    const shortLength = region.shortName?.length ?? syllables.length;
    const forms = [...new Set([syllables.slice(0, shortLength), syllables])];
    entries.push({
      region,
      names: region.shortName ? [region.name, region.shortName] : [region.name],
      fullName: region.path.join(''),
      spellings: [...new Set(forms.map((s) => s.join('')))],
      initials: [...new Set(forms.map((s) => s.map((x) => x[0]).join('')))],
    });
  }
  return entries;
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

type Scored = { entry: Entry; match: RegionMatch; matched: string; score: number };

function best(candidates: (Scored | undefined)[]): Scored | undefined {
  let top: Scored | undefined;
  for (const c of candidates) if (c && (!top || c.score > top.score)) top = c;
  return top;
}

function scoreCode(entry: Entry, digits: string): Scored | undefined {
  const { code, gbCode } = entry.region;
  if (code === digits || gbCode === digits) return { entry, match: 'code', matched: code, score: 100 };
  if (digits.length >= 2 && code.startsWith(digits)) return { entry, match: 'code-prefix', matched: code, score: 70 - code.length };
  return undefined;
}

function scoreChinese(entry: Entry, q: string): Scored | undefined {
  const [name, short] = entry.names as [string, string | undefined];
  return best([
    name === q ? { entry, match: 'name', matched: name, score: 100 } : undefined,
    entry.fullName === q ? { entry, match: 'full-name', matched: entry.fullName, score: 99 } : undefined,
    short === q ? { entry, match: 'short-name', matched: short, score: 96 } : undefined,
    name.startsWith(q) ? { entry, match: 'name-prefix', matched: name, score: 80 } : undefined,
    q.length >= 2 && name.includes(q) ? { entry, match: 'name-contains', matched: name, score: 70 } : undefined,
    q.length >= 3 && entry.fullName.includes(q) ? { entry, match: 'full-name-contains', matched: entry.fullName, score: 66 } : undefined,
  ]);
}

function scoreLatin(entry: Entry, q: string): Scored | undefined {
  const candidates: (Scored | undefined)[] = [];
  for (const spelling of entry.spellings) {
    if (spelling === q) candidates.push({ entry, match: 'pinyin', matched: spelling, score: 92 });
    else if (q.length >= 3 && spelling.startsWith(q)) candidates.push({ entry, match: 'pinyin-prefix', matched: spelling, score: 72 });
  }
  for (const initials of entry.initials) {
    if (q.length >= 2 && initials === q) candidates.push({ entry, match: 'initials', matched: initials, score: 86 });
    else if (q.length >= 2 && initials.startsWith(q)) candidates.push({ entry, match: 'initials-prefix', matched: initials, score: 60 });
  }
  return best(candidates);
}

function typoLimit(length: number): number {
  return length >= 7 ? 2 : length >= 4 ? 1 : 0;
}

function scoreLatinTypo(entry: Entry, q: string): Scored | undefined {
  const limit = typoLimit(q.length);
  if (limit === 0) return undefined;
  return best(
    entry.spellings.map((spelling) => {
      const d = editDistance(q, spelling, limit);
      return d <= limit ? { entry, match: 'pinyin-typo' as const, matched: spelling, score: 50 - 10 * d + commonPrefix(q, spelling) / 10 } : undefined;
    }),
  );
}

/** Chinese typos: 贵州市 → 贵州省, 贵阳市; places in a province the text begins with come first. */
function chineseTypos(entries: Entry[], q: string): Scored[] {
  const limit = Math.max(1, Math.floor(q.length / 3));
  const province = entries.find(
    (e) => e.region.level === 'province' && e.names.some((n) => q.startsWith(n)),
  )?.region.provinceCode;
  const scored: (Scored & { prefix: number })[] = [];
  for (const entry of entries) {
    let top: (Scored & { prefix: number }) | undefined;
    for (const text of [...entry.names, entry.fullName]) {
      const d = editDistance(q, text, limit);
      if (d > limit) continue;
      const prefix = commonPrefix(q, text);
      const score = 50 - 10 * d + prefix + (entry.region.provinceCode === province ? 3 : 0);
      if (!top || score > top.score) top = { entry, match: 'name-typo', matched: text, score, prefix };
    }
    if (top) scored.push(top);
  }
  // When some candidates begin like the text, those that do not are noise (贵州市 is not 郑州市).
  return scored.some((s) => s.prefix > 0) ? scored.filter((s) => s.prefix > 0) : scored;
}

const LEVEL_RANK = { city: 0, province: 1, county: 2 } as const;


const CJK = /[\u3400-\u9fff]/;

/** The current regions a former name now is (闸北区 → 静安区): set by the region history where it is loaded. */
let formerName: ((text: string) => { name: string; regions: Region[] } | undefined) | undefined;

export function useFormerNames(lookup: typeof formerName): void {
  formerName = lookup;
}

/**
 * Ranks the regions of the whole catalogue for what a person typed.
 * @example searchRegions('heb', { level: 'city' })[0].name // '哈尔滨市'
 */
export function searchRegions(query: string, givenOptions: SearchRegionsOptions = {}): RegionHit[] {
  const options = (snapshot(givenOptions ?? {}).value ?? {}) as SearchRegionsOptions;
  index ??= buildIndex();
  const limit = Number.isInteger(options.limit) && options.limit! >= 0 ? options.limit! : 10;
  const levels = options.level === undefined ? undefined : Array.isArray(options.level) ? options.level : [options.level];
  const within = textOf(options.within);
  const entries = index.filter(
    (e) => (!levels || levels.includes(e.region.level)) && (!within || e.region.code.startsWith(within) || e.region.cityCode?.startsWith(within)),
  );
  const raw = (textOf(query) ?? '').trim();
  if (raw.length > INPUT_LIMITS.maxRegionLength) return [];
  let scored: Scored[] = [];
  if (/^\d+$/.test(raw)) {
    scored = entries.map((e) => scoreCode(e, raw)).filter((s): s is Scored => s !== undefined);
  } else if (CJK.test(raw)) {
    const q = raw.replace(/[\s/\\,，、·>\-—|]+/g, '');
    scored = entries.map((e) => scoreChinese(e, q)).filter((s): s is Scored => s !== undefined);
    const former = formerName?.(q);
    if (former) {
      const found = new Set(former.regions);
      for (const entry of entries) if (found.has(entry.region)) scored.push({ entry, match: 'former-name', matched: former.name, score: 95 });
    }
    if (scored.length === 0 && q.length >= 2) scored = chineseTypos(entries, q);
  } else {
    const q = raw.toLowerCase().replace(/[^a-z]/g, '');
    if (q.length > 0) {
      scored = entries.map((e) => scoreLatin(e, q)).filter((s): s is Scored => s !== undefined);
      if (scored.length === 0) scored = entries.map((e) => scoreLatinTypo(e, q)).filter((s): s is Scored => s !== undefined);
    }
  }
  return scored
    .sort(
      (a, b) =>
        b.score - a.score ||
        LEVEL_RANK[a.entry.region.level] - LEVEL_RANK[b.entry.region.level] ||
        a.entry.region.code.localeCompare(b.entry.region.code),
    )
    .slice(0, limit)
    .map(({ entry, match, matched, score }) => ({
      code: entry.region.code,
      gbCode: entry.region.gbCode,
      name: entry.region.name,
      level: entry.region.level,
      path: entry.region.path,
      pathText: entry.region.path.join(' / '),
      match,
      matched,
      score,
      region: entry.region,
    }));
}
