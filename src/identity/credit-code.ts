/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters over an alphabet without I, O, S, V, Z; the last
 * is a MOD 31 check character; characters 3–8 are the registering authority's region code.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblemCode = 'credit-code.length' | 'credit-code.characters' | 'credit-code.checksum';

export interface CreditCodeProblem {
  code: CreditCodeProblemCode;
  params: Record<string, string | number>;
}

export type CreditCodeResult =
  | { ok: true; normalized: string; regionCode: string; problems: [] }
  | { ok: false; problems: CreditCodeProblem[] };

/** The check character for the first 17 characters of a credit code. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * Checks a unified social credit code.
 * @example validateCreditCode('91350100M000100Y43').ok // true
 */
export function validateCreditCode(input: string): CreditCodeResult {
  const code = input.trim().toUpperCase();
  const bad = [...new Set([...code].filter((c) => !ALPHABET.includes(c)))];
  if (bad.length > 0) return { ok: false, problems: [{ code: 'credit-code.characters', params: { chars: bad.join(' ') } }] };
  if (code.length !== 18) return { ok: false, problems: [{ code: 'credit-code.length', params: { length: code.length } }] };
  if (creditCodeCheckCharacter(code) !== code[17]) {
    return { ok: false, problems: [{ code: 'credit-code.checksum', params: {} }] };
  }
  return { ok: true, normalized: code, regionCode: code.slice(2, 8), problems: [] };
}
