import { textOf } from '../input/text-of.js';
import { IssueList, type Issue, type Locale } from '../issues.js';
import { lookupRegion } from '../region/resolve-region.js';

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters over an alphabet without I, O, S, V, Z; the last
 * is a MOD 31 check character; characters 3–8 are the registering authority's region code.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export interface CreditCodeResult {
  ok: boolean;
  value?: {
    normalized: string;
    /** Characters 3–8: the registering authority's region code. */
    regionCode: string;
    /** The region that code names, when it is a current one. */
    region?: { code: string; name: string; path: string[] };
  };
  /** Paths are relative to the code itself ([]). */
  issues: Issue[];
}

/** The check character for the first 17 characters of a credit code. */
export function creditCodeCheckCharacter(first17: string): string {
  if (typeof first17 !== 'string' || !/^[0-9A-HJ-NPQRTUWXY]{17}/.test(first17)) {
    throw new TypeError('creditCodeCheckCharacter: expected a string beginning with 17 characters of 0-9 and A-Y (no I, O, S, V, Z)');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * Checks a unified social credit code and reads the region it was registered in.
 * @example validateCreditCode('91350100M000100Y43').value?.region?.name // '福州市'
 */
export function validateCreditCode(input: string, givenOptions: { locale?: Locale } = {}): CreditCodeResult {
  const options = givenOptions ?? {};
  const issues = new IssueList(options.locale);
  const text = textOf(input);
  if (text === undefined) {
    issues.add('input.type', [], { field: 'creditCode', expected: '文本', expectedEn: 'text' });
    return { ok: false, issues: issues.items };
  }
  const code = text.trim().toUpperCase();
  let valid = true;
  for (let i = 0; i < code.length && valid; i++) valid = ALPHABET.includes(code[i]!);
  if (!valid) {
    const bad = [...new Set([...code].filter((c) => !ALPHABET.includes(c)))];
    issues.add('credit-code.characters', [], { chars: bad.join(' ') });
  }
  else if (code.length !== 18) issues.add('credit-code.length', [], { length: code.length });
  else if (creditCodeCheckCharacter(code) !== code[17]) issues.add('credit-code.checksum', []);
  if (issues.items.length > 0) return { ok: false, issues: issues.items };
  const value: NonNullable<CreditCodeResult['value']> = { normalized: code, regionCode: code.slice(2, 8) };
  const region = lookupRegion(value.regionCode);
  if (region.ok) value.region = { code: region.region.code, name: region.region.name, path: region.region.path };
  return { ok: true, value, issues: [] };
}
