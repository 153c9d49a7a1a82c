/** The kinds of identity number: mainland resident ID, the three residence permits, foreign permanent residence ID. */
export const ID_KINDS = ['resident', 'hk-permit', 'macao-permit', 'taiwan-permit', 'foreign-permanent'] as const;
export type IdKind = (typeof ID_KINDS)[number];

/** What the holder of each kind of number carries. */
export const ID_KIND_NAMES: Record<IdKind, { zh: string; en: string }> = {
  resident: { zh: '居民身份证', en: 'a resident identity card' },
  'hk-permit': { zh: '香港居民居住证', en: 'a Hong Kong residence permit' },
  'macao-permit': { zh: '澳门居民居住证', en: 'a Macao residence permit' },
  'taiwan-permit': { zh: '台湾居民居住证', en: 'a Taiwan residence permit' },
  'foreign-permanent': { zh: '外国人永久居留身份证', en: 'a foreign permanent resident card' },
};
