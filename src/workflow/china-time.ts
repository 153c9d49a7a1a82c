/** Instants as ISO 8601 strings, and the date they fall on in China (UTC+8, no daylight saving). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant normalised to UTC (2026-11-20T01:30:00.000Z), or undefined if it is not one. */
export function normaliseInstant(now: unknown): string | undefined {
  if (typeof now !== 'string' || !ISO_INSTANT.test(now)) return undefined;
  const ms = Date.parse(now);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The date in China of an instant: 2026-11-20T17:00:00Z is 2026-11-21 in Harbin. */
export function chinaDate(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 10);
}
