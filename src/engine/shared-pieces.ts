/**
 * The pieces of results that depend on one part of a rule set and the language alone — a decision
 * rule's reason and condition outcome, a document required and its "missing", a policy issue, a
 * material kind's "not needed" — made once and shared, frozen, by every plan and result that has
 * the part. Plans are per class of route, period and language, so many of them hold the same
 * parts: without this each would keep its own copies, and a result's JSON would be written from
 * bytes made once per copy.
 *
 * A compiled part, a material kind or a required document belongs to one rule set (overlays
 * compile their own), so the part is the key; the keys under it name the language and anything
 * else the piece depends on.
 */
const byPart = new WeakMap<object, Map<string, object>>();

/** The piece `key` of `part`, made by `make` (and frozen) the first time it is asked for. */
export function sharedPiece<T extends object>(part: object, key: string, make: () => T): T {
  let pieces = byPart.get(part);
  if (!pieces) byPart.set(part, (pieces = new Map()));
  let found = pieces.get(key) as T | undefined;
  if (!found) pieces.set(key, (found = Object.freeze(make())));
  return found;
}
