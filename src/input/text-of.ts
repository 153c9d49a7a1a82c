/**
 * The text of a value a caller meant as text: strings as they are, numbers (and bigints and
 * booleans) written out, anything else — objects, null-prototype objects whose String() throws,
 * symbols — undefined, so that the caller answers it as the wrong type instead of throwing.
 */
export function textOf(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(value);
    default:
      return undefined;
  }
}
