/**
 * The entries of a JSON or NDJSON file: a `.json` file holds one value (an array is its entries),
 * anything else one JSON value per line (blank lines skipped). A line that is not JSON is an entry
 * with the reason, so that one bad line never hides the rest.
 */
export type JsonEntry = { line: number; value: unknown } | { line: number; error: string };

export function parseJsonEntries(text: string, name: string): JsonEntry[] {
  const body = text.replace(/^\uFEFF/, '');
  if (/\.json$/i.test(name)) {
    try {
      const value: unknown = JSON.parse(body);
      return (Array.isArray(value) ? value : [value]).map((v, i) => ({ line: i + 1, value: v }));
    } catch (error) {
      return [{ line: 1, error: `not JSON: ${(error as Error).message}` }];
    }
  }
  const entries: JsonEntry[] = [];
  body.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      entries.push({ line: i + 1, value: JSON.parse(raw) });
    } catch (error) {
      entries.push({ line: i + 1, error: `not JSON: ${(error as Error).message}` });
    }
  });
  return entries;
}
