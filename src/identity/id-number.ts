/**
 * Identity numbers of GB 11643-1999 layout: mainland resident ID, the residence permits of Hong
 * Kong, Macao and Taiwan residents (address codes 810000/820000/830000) and the 2023 foreign
 * permanent residence ID card (first digit 9). All share the ISO 7064 MOD 11-2 check character.
 */
import { textOf } from '../input/text-of.js';
import { isRealDate } from '../calendar/iso-date.js';
import { IssueList, type Issue, type IssueCode, type Locale } from '../issues.js';
import { findRegionByCode, type Region } from '../region/catalogue.js';
import { lookupRegion } from '../region/resolve-region.js';
import { mod11CheckCharacter } from './mod11-2.js';

import type { IdKind } from './id-kinds.js';

export type { IdKind } from './id-kinds.js';

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

export interface IdRegion {
  /** Short code: 2, 4 or 6 digits. */
  code: string;
  name: string;
  /** From the top: ["贵州省", "贵阳市", "南明区"]. */
  path: string[];
}

export interface IdNumberResult {
  /** True when there is no error; warnings (an old address code) may still be listed. */
  ok: boolean;
  value?: IdNumberInfo & { region?: IdRegion };
  /** Paths are relative to the number itself ([]); validateTransfer places them at applicant.idNumber. */
  issues: Issue[];
}

const PERMIT_KINDS: Record<string, IdKind> = {
  '810000': 'hk-permit',
  '820000': 'macao-permit',
  '830000': 'taiwan-permit',
};
/** The catalogue's code for the region a permit names (Taiwan is 71 in GB/T 2260). */
const PERMIT_REGIONS: Record<string, string> = { '810000': '81', '820000': '82', '830000': '71' };

function birthDateProblem(yyyymmdd: string, today: string | undefined): { code: IssueCode; date: string } | undefined {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  if (year < 1800 || !isRealDate(year, month, day)) return { code: 'id.birth-date-invalid', date };
  if (today !== undefined && date > today) return { code: 'id.birth-date-future', date };
  return undefined;
}

/** The 18-digit form of a 15-digit first-generation number (born 19xx), with its check character. */
export function upgradeFirstGenerationId(id15: string): string {
  if (typeof id15 !== 'string' || !/^\d{15}$/.test(id15)) {
    throw new TypeError(`upgradeFirstGenerationId: expected a 15-digit first-generation ID number, got ${String(textOf(id15) ?? typeof id15).slice(0, 40)}`);
  }
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6, 15)}`;
  return first17 + mod11CheckCharacter(first17);
}

function summary(region: Region): IdRegion {
  return { code: region.code, name: region.name, path: region.path };
}

/** The most precise current region an address code names: the county, else its city or province. */
function regionOfAddress(addressCode: string): { region?: Region; current: boolean } {
  const exact = lookupRegion(addressCode);
  // A retired address code (an ID issued before 闸北区 became part of 静安区) names its successor, and is still an old code.
  if (exact.ok) return { region: exact.region, current: exact.retired === undefined };
  // A retired county split between several (邯郸县 → 邯山区, 丛台区): the city they share.
  const split = exact.retired?.successors ?? [];
  const shared = split.length > 1 ? [4, 2].map((n) => split[0]!.code.slice(0, n)).find((prefix) => split.every((r) => r.code.startsWith(prefix))) : undefined;
  if (shared) return { region: findRegionByCode(shared), current: false };
  const parent = findRegionByCode(addressCode.slice(0, 4)) ?? findRegionByCode(addressCode.slice(0, 2));
  return parent ? { region: parent, current: false } : { current: false };
}

/** 17 digits and a check character (a digit or X): the shape of every valid number, checked with one pattern. */
const SHAPE_18 = /^\d{17}[\dX]$/;

/** Reports what is wrong with the shape of a number that is not 17 digits and a check character. */
function reportShape(id: string, today: string | undefined, issues: IssueList): void {
  if (/^\d{15}$/.test(id)) {
    const invalid = birthDateProblem(`19${id.slice(6, 12)}`, today);
    issues.add('id.first-generation', [], { upgraded: invalid ? '（出生日期无效，无法换算）' : upgradeFirstGenerationId(id) });
  } else if (!/^[0-9X]*$/.test(id) || /X./.test(id)) {
    issues.add('id.characters', []);
  } else {
    // Digits, and an X only at the end, yet not 17 digits and a check character: the length is wrong.
    issues.add('id.length', [], { length: id.length });
  }
}

/**
 * Parses an identity number: its kind, birth date, gender, address code and the region it names,
 * with every problem as an issue. Pass `today` (YYYY-MM-DD) to reject birth dates in the future.
 * @example parseIdNumber('11010519491231002X').value?.region?.name // '朝阳区'
 */
export function parseIdNumber(input: string, givenOptions: { today?: string; locale?: Locale } = {}): IdNumberResult {
  const options = givenOptions ?? {};
  const issues = new IssueList(options.locale);
  const fail = (): IdNumberResult => ({ ok: false, issues: issues.items });
  const text = textOf(input);
  if (text === undefined) {
    issues.add('input.type', [], { field: 'idNumber', expected: '文本', expectedEn: 'text' });
    return fail();
  }
  const id = text.trim().toUpperCase();
  if (!SHAPE_18.test(id)) {
    reportShape(id, options.today, issues);
    return fail();
  }
  const birth = birthDateProblem(id.slice(6, 14), options.today);
  if (birth) issues.add(birth.code, [], { date: birth.date });
  if (mod11CheckCharacter(id.slice(0, 17)) !== id[17]) issues.add('id.checksum', []);
  if (issues.items.length > 0) return fail();

  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (id.startsWith('9')) {
    const value: IdNumberResult['value'] = {
      normalized: id,
      kind: 'foreign-permanent',
      birthDate,
      issuingProvinceCode: id.slice(1, 3),
      nationalityCode: id.slice(3, 6),
    };
    const province = findRegionByCode(id.slice(1, 3));
    if (province && !province.outsideMainland) value.region = summary(province);
    // Issued by a province's exit-entry administration: digits 2–3 must be a mainland province's code.
    else issues.add('id.province-code-unknown', [], { code: id.slice(1, 3) });
    return { ok: true, value, issues: issues.items };
  }
  const addressCode = id.slice(0, 6);
  const permit = PERMIT_KINDS[addressCode];
  const value: IdNumberResult['value'] = {
    normalized: id,
    kind: permit ?? 'resident',
    birthDate,
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    addressCode,
  };
  if (permit) {
    value.region = summary(findRegionByCode(PERMIT_REGIONS[addressCode]!)!);
  } else {
    const { region, current } = regionOfAddress(addressCode);
    if (region) value.region = summary(region);
    if (!current) issues.add('id.address-code-unknown', [], { code: addressCode });
  }
  return { ok: true, value, issues: issues.items };
}
