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
 * Freezes `value` and everything in it, and remembers it as a part. Only for plain JSON the
 * library itself built (copies of what it read, results it made): a frozen object inside is one
 * such part already, frozen through, and is not walked again.
 */
export function trust<T>(value: T): T {
  if (typeof value !== 'object' || value === null || TRUSTED.has(value)) return value;
  const stack: object[] = [value];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (Object.isFrozen(next)) continue;
    Object.freeze(next);
    const keys = Object.keys(next);
    for (let i = 0; i < keys.length; i++) {
      const child = (next as Record<string, unknown>)[keys[i]!];
      if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) stack.push(child);
    }
  }
  TRUSTED.add(value);
  return value;
}
