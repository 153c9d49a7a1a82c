/** shebao-transfer regions <query>: region search by name, pinyin, initials and typos. */
import type { RegionLevel } from '../../region/catalogue.js';
import { searchRegions, type RegionMatch } from '../../region/search-regions.js';
import { say } from './words.js';
import { EXIT, localeOf, UsageError, write, type Values } from './shared.js';

const MATCH_NAMES: Record<RegionMatch, { zh: string; en: string }> = {
  code: { zh: '代码', en: 'code' },
  'code-prefix': { zh: '代码开头', en: 'code prefix' },
  name: { zh: '名称', en: 'name' },
  'short-name': { zh: '简称', en: 'short name' },
  'full-name': { zh: '全称', en: 'full name' },
  'name-prefix': { zh: '名称开头', en: 'name prefix' },
  'name-contains': { zh: '名称包含', en: 'name contains' },
  'full-name-contains': { zh: '全称包含', en: 'full name contains' },
  pinyin: { zh: '拼音', en: 'pinyin' },
  'pinyin-prefix': { zh: '拼音开头', en: 'pinyin prefix' },
  initials: { zh: '首字母', en: 'initials' },
  'initials-prefix': { zh: '首字母开头', en: 'initials prefix' },
  'name-typo': { zh: '名称近似', en: 'name, with a typo' },
  'pinyin-typo': { zh: '拼音近似', en: 'pinyin, with a typo' },
  'former-name': { zh: '旧名称（已撤销）', en: 'former name (abolished)' },
};

export function runRegions(positionals: string[], values: Values): number {
  if (positionals.length === 0) throw new UsageError(say('regions-needs-query'));
  const query = positionals.join(' ');
  const limit = values.limit === undefined ? 10 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(say('bad-limit', { value: String(values.limit) }));
  const level = values.level as string | undefined;
  if (level !== undefined && !['province', 'city', 'county'].includes(level)) {
    throw new UsageError(say('bad-level', { value: level }));
  }
  const hits = searchRegions(query, { limit, ...(level ? { level: level as RegionLevel } : {}) });
  if (values.json) {
    write(JSON.stringify(hits.map(({ region: _region, ...hit }) => hit), null, 2));
  } else if (hits.length === 0) {
    write(say('no-regions', { query }, localeOf(values.lang)));
  } else {
    const lang = localeOf(values.lang) === 'en' ? 'en' : 'zh';
    for (const hit of hits) write(`${hit.gbCode}  ${hit.pathText}  (${MATCH_NAMES[hit.match][lang]}: ${hit.matched})`);
  }
  return hits.length > 0 ? EXIT.ok : EXIT.problems;
}
