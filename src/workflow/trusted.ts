/**
 * The parts of cases this library made: deeply frozen and remembered, so that a case coming back
 * from the host is not read again where it is still what the library returned. A part that is not
 * remembered (a case parsed from JSON, a host's own object) is read defensively, then remembered.
 */
const TRUSTED = new WeakSet<object>();

/** Whether `value` is a part the library made (frozen, so still as it was made). */
export function isTrusted(value: unknown): boolean {
  return typeof value === 'object' && value !== null && TRUSTED.has(value);
}

/**
 * Freezes `value` and everything in it that is not frozen already, and remembers it. Only for
 * plain JSON the library itself built: parts shared with an earlier case are skipped, not walked.
 */
export function trust<T>(value: T): T {
  if (typeof value !== 'object' || value === null || TRUSTED.has(value)) return value;
  const stack: object[] = [value];
  while (stack.length > 0) {
    const next = stack.pop()!;
    Object.freeze(next);
    TRUSTED.add(next);
    for (const key in next) {
      const child = (next as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null && !TRUSTED.has(child)) stack.push(child);
    }
  }
  return value;
}
