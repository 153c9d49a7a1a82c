/** The kinds of identity number: mainland resident ID, the three residence permits, foreign permanent residence ID. */
export const ID_KINDS = ['resident', 'hk-permit', 'macao-permit', 'taiwan-permit', 'foreign-permanent'] as const;
export type IdKind = (typeof ID_KINDS)[number];
