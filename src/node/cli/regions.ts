/** shebao-transfer regions <query>: region search by name, pinyin, initials and typos. */
import type { RegionLevel } from '../../region/catalogue.js';
import { searchRegions } from '../../region/search-regions.js';
import { EXIT, UsageError, write, type Values } from './shared.js';

export function runRegions(positionals: string[], values: Values): number {
  if (positionals.length === 0) throw new UsageError('regions needs a query, e.g. shebao-transfer regions 哈尔滨');
  const query = positionals.join(' ');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number above 0, got "${String(values.limit)}"`);
  const level = values.level as string | undefined;
  if (level !== undefined && !['province', 'city', 'county'].includes(level)) {
    throw new UsageError(`--level must be province, city or county, got "${level}"`);
  }
  const hits = searchRegions(query, { limit, ...(level ? { level: level as RegionLevel } : {}) });
  if (values.json) {
    write(JSON.stringify(hits.map(({ region: _region, ...hit }) => hit), null, 2));
  } else if (hits.length === 0) {
    write(`没有找到与「${query}」相近的地区`);
  } else {
    for (const hit of hits) write(`${hit.gbCode}  ${hit.pathText}  (${hit.match}: ${hit.matched})`);
  }
  return hits.length > 0 ? EXIT.ok : EXIT.problems;
}
