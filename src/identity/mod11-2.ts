/** ISO 7064 MOD 11-2, the check character of GB 11643 identity numbers. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The check character for the first 17 digits of an identity number. */
export function mod11CheckCharacter(first17: string): string {
  if (typeof first17 !== 'string' || !/^\d{17}/.test(first17)) throw new TypeError('mod11CheckCharacter: expected a string beginning with 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}
