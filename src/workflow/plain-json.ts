/**
 * A deep copy of a value as plain JSON, so that a case never shares objects with its caller and
 * always survives JSON.stringify: undefined, functions and symbols are dropped, non-finite numbers
 * become null, bigints become strings, and a cycle is cut with null.
 */
export function toPlainJson(value: unknown, seen: Set<object> = new Set()): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return undefined;
  if (seen.has(value)) return null;
  seen.add(value);
  let copy: unknown;
  if (Array.isArray(value)) {
    copy = value.map((item) => toPlainJson(item, seen) ?? null);
  } else if (value instanceof Date) {
    copy = Number.isNaN(value.getTime()) ? null : value.toISOString();
  } else {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const plain = toPlainJson(item, seen);
      if (plain !== undefined) out[key] = plain;
    }
    copy = out;
  }
  seen.delete(value);
  return copy;
}
