/**
 * "Did you mean" for a region name that does not resolve: the catalogue names closest to it by
 * edit distance, preferring those that begin like the input (贵州市 → 贵州省, 贵阳市).
 */
import { fullRegionName, getCatalogue, type Region } from './catalogue.js';

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

const LEVEL_RANK = { province: 0, city: 1, county: 2 } as const;

/** Up to `limit` regions whose name (alone or with its province and city) is close to `text`. */
export function suggestRegions(text: string, limit = 5): Region[] {
  const maxDistance = Math.max(1, Math.floor(text.length / 3));
  const scored: { region: Region; distance: number; prefix: number }[] = [];
  for (const region of getCatalogue().all) {
    if (/直辖县级行政区划$/.test(region.name)) continue;
    let best: { distance: number; prefix: number } | undefined;
    for (const name of [region.name, region.shortName, fullRegionName(region)]) {
      if (!name) continue;
      const distance = editDistance(text, name, maxDistance);
      if (distance > maxDistance) continue;
      const prefix = commonPrefix(text, name);
      if (!best || distance < best.distance || (distance === best.distance && prefix > best.prefix)) best = { distance, prefix };
    }
    if (best) scored.push({ region, ...best });
  }
  const anyPrefix = scored.some((s) => s.prefix > 0);
  // 贵州市 begins with a province's name: places in that province come first (贵阳市 before 贵港市).
  const province = getCatalogue().all.find(
    (r) => r.level === 'province' && (text.startsWith(r.name) || (r.shortName !== undefined && text.startsWith(r.shortName))),
  );
  const inProvince = (r: Region) => (province && r.provinceCode === province.provinceCode ? 0 : 1);
  return scored
    .filter((s) => !anyPrefix || s.prefix > 0)
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        inProvince(a.region) - inProvince(b.region) ||
        b.prefix - a.prefix ||
        LEVEL_RANK[a.region.level] - LEVEL_RANK[b.region.level],
    )
    .slice(0, limit)
    .map((s) => s.region);
}
