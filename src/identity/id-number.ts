/**
 * Identity numbers of GB 11643-1999 layout: mainland resident ID, the residence permits of Hong
 * Kong, Macao and Taiwan residents (address codes 810000/820000/830000) and the 2023 foreign
 * permanent residence ID card (first digit 9). All share the ISO 7064 MOD 11-2 check character.
 */
import { isRealDate } from '../calendar/iso-date.js';
import { mod11CheckCharacter } from './mod11-2.js';

export type IdKind = 'resident' | 'hk-permit' | 'macao-permit' | 'taiwan-permit' | 'foreign-permanent';

export interface IdNumberInfo {
  /** Upper-case, trimmed. */
  normalized: string;
  kind: IdKind;
  birthDate: string;
  /** Undefined for foreign permanent residence IDs, whose layout does not encode it. */
  gender?: 'male' | 'female';
  /** The 6-digit GB/T 2260 address code (resident IDs) or the permit's code (810000…). */
  addressCode?: string;
  /** Foreign permanent residence ID: the 2-digit code of the issuing province. */
  issuingProvinceCode?: string;
  /** Foreign permanent residence ID: the 3-digit nationality code. */
  nationalityCode?: string;
}

export type IdProblemCode =
  | 'id.length'
  | 'id.first-generation'
  | 'id.characters'
  | 'id.birth-date-invalid'
  | 'id.birth-date-future'
  | 'id.checksum';

export interface IdProblem {
  code: IdProblemCode;
  params: Record<string, string | number>;
}

export type IdParseResult =
  | { ok: true; value: IdNumberInfo; problems: [] }
  | { ok: false; value?: undefined; problems: IdProblem[] };

const PERMIT_KINDS: Record<string, IdKind> = {
  '810000': 'hk-permit',
  '820000': 'macao-permit',
  '830000': 'taiwan-permit',
};

function fail(...problems: IdProblem[]): IdParseResult {
  return { ok: false, problems };
}

function birthDateProblem(yyyymmdd: string, today: string | undefined): IdProblem | undefined {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  if (year < 1800 || !isRealDate(year, month, day)) return { code: 'id.birth-date-invalid', params: { date } };
  if (today !== undefined && date > today) return { code: 'id.birth-date-future', params: { date } };
  return undefined;
}

/** The 18-digit form of a 15-digit first-generation number (born 19xx), with its check character. */
export function upgradeFirstGenerationId(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6, 15)}`;
  return first17 + mod11CheckCharacter(first17);
}

/**
 * Parses an identity number: its kind, birth date, gender and address code, or the problems
 * that make it invalid. Pass `today` (YYYY-MM-DD) to reject birth dates in the future.
 * @example parseIdNumber('11010519491231002X').value?.birthDate // '1949-12-31'
 */
export function parseIdNumber(input: string, options: { today?: string } = {}): IdParseResult {
  const id = input.trim().toUpperCase();
  if (/^\d{15}$/.test(id)) {
    const problem = birthDateProblem(`19${id.slice(6, 12)}`, options.today);
    return fail({
      code: 'id.first-generation',
      params: { upgraded: problem ? '（出生日期无效，无法换算）' : upgradeFirstGenerationId(id) },
    });
  }
  if (!/^[0-9X]*$/.test(id) || /X./.test(id)) return fail({ code: 'id.characters', params: {} });
  if (id.length !== 18) return fail({ code: 'id.length', params: { length: id.length } });

  const problems: IdProblem[] = [];
  const birth = birthDateProblem(id.slice(6, 14), options.today);
  if (birth) problems.push(birth);
  if (mod11CheckCharacter(id.slice(0, 17)) !== id[17]) problems.push({ code: 'id.checksum', params: {} });
  if (problems.length > 0) return { ok: false, problems };

  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (id.startsWith('9')) {
    return {
      ok: true,
      problems: [],
      value: {
        normalized: id,
        kind: 'foreign-permanent',
        birthDate,
        issuingProvinceCode: id.slice(1, 3),
        nationalityCode: id.slice(3, 6),
      },
    };
  }
  const addressCode = id.slice(0, 6);
  return {
    ok: true,
    problems: [],
    value: {
      normalized: id,
      kind: PERMIT_KINDS[addressCode] ?? 'resident',
      birthDate,
      gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
      addressCode,
    },
  };
}
