/**
 * What the statistics read of a stored case — its events with their China day numbers, its items
 * and its route — taken defensively: anything that is not a case comes back undefined, and nothing
 * else of the case is touched (a million cases are read this way).
 */
import { RETURN_REASONS, type CaseEventType, type ItemState, type ReturnReasonCode } from '../workflow/case-types.js';
import { daysFromCivil, isIsoDate } from '../calendar/iso-date.js';

export interface CaseEventFacts {
  event: CaseEventType;
  /** Days since 1970-01-01 of the event's date in China (UTC+8). */
  day: number;
  /** The state the case reached. */
  to: string;
  reason?: ReturnReasonCode;
}

export interface CaseItemFacts {
  insurance: string;
  state: ItemState;
  completedDay?: number;
  /** The steps not yet completed that have a due date (day number). */
  openSteps: { day: number; step: string; name: string; nameEn: string }[];
}

export interface CaseFacts {
  id?: string;
  events: CaseEventFacts[];
  items: CaseItemFacts[];
  from?: { code: string; name: string };
  to?: { code: string; name: string };
}

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const ITEM_STATES = new Set(['waiting', 'submitted', 'accepted', 'completed', 'rejected']);
const REASONS = new Set<string>(RETURN_REASONS);

const digits = (s: string, at: number, n: number): number => {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  return v;
};

/** The China day number of an ISO instant, or undefined. */
export function chinaDay(instant: unknown): number | undefined {
  if (typeof instant !== 'string') return undefined;
  // The form cases store (toISOString: 2026-11-20T01:30:00.000Z), read without Date.parse.
  if (instant.length === 24 && instant.charCodeAt(23) === 90 && instant.charCodeAt(10) === 84) {
    const hour = digits(instant, 11, 2);
    const day = daysFromCivil(digits(instant, 0, 4), digits(instant, 5, 2), digits(instant, 8, 2));
    if (Number.isInteger(day) && hour < 24) return day + (hour >= 16 ? 1 : 0);
  }
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? undefined : Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS);
}

function provinceOf(end: unknown): { code: string; name: string } | undefined {
  if (end === null || typeof end !== 'object') return undefined;
  const { code, province } = end as { code?: unknown; province?: unknown };
  if (typeof code !== 'string' || !/^\d{2}/.test(code) || typeof province !== 'string') return undefined;
  return { code: code.slice(0, 2), name: province };
}

/** The day number of a YYYY-MM-DD date, or undefined (read by hand: this runs for every step of every case). */
function dayOfDate(date: unknown): number | undefined {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return undefined;
  return isIsoDate(date) ? daysFromCivil(digits(date, 0, 4), digits(date, 5, 2), digits(date, 8, 2)) : undefined;
}

/**
 * The facts of a stored case, or undefined when it is not one. Due dates of open steps are read
 * only when `withDueDates` (the overdue figures need them).
 */
export function readCase(value: unknown, withDueDates = true): CaseFacts | undefined {
  try {
    if (value === null || typeof value !== 'object') return undefined;
    const { schemaVersion, history, items, validation } = value as Record<string, unknown>;
    if (schemaVersion !== 1 || !Array.isArray(history) || history.length === 0 || !Array.isArray(items)) return undefined;
    const events: CaseEventFacts[] = [];
    for (const entry of history) {
      if (entry === null || typeof entry !== 'object') return undefined;
      const { event, at, to, reason } = entry as Record<string, unknown>;
      const day = chinaDay(at);
      if (typeof event !== 'string' || typeof to !== 'string' || day === undefined) return undefined;
      const fact: CaseEventFacts = { event: event as CaseEventType, day, to };
      const code = (reason as { code?: unknown } | null | undefined)?.code;
      if (typeof code === 'string' && REASONS.has(code)) fact.reason = code as ReturnReasonCode;
      events.push(fact);
    }
    const itemFacts: CaseItemFacts[] = [];
    for (const item of items) {
      if (item === null || typeof item !== 'object') return undefined;
      const { insurance, state, completedAt, steps } = item as Record<string, unknown>;
      if (typeof insurance !== 'string' || typeof state !== 'string' || !ITEM_STATES.has(state) || !Array.isArray(steps)) return undefined;
      const openSteps: CaseItemFacts['openSteps'] = [];
      if (withDueDates && (state === 'submitted' || state === 'accepted')) {
        for (const step of steps) {
          const { due, completedAt: done, step: id, name, nameEn } = (step ?? {}) as Record<string, unknown>;
          const day = done === undefined ? dayOfDate(due) : undefined;
          if (day !== undefined) openSteps.push({ day, step: String(id ?? ''), name: String(name ?? ''), nameEn: String(nameEn ?? '') });
        }
      }
      const fact: CaseItemFacts = { insurance, state: state as ItemState, openSteps };
      const completedDay = chinaDay(completedAt);
      if (completedDay !== undefined) fact.completedDay = completedDay;
      itemFacts.push(fact);
    }
    const route = (validation as { route?: { from?: unknown; to?: unknown } } | null | undefined)?.route;
    const facts: CaseFacts = { events, items: itemFacts };
    const { id } = value as { id?: unknown };
    if (typeof id === 'string') facts.id = id;
    const from = provinceOf(route?.from);
    const to = provinceOf(route?.to);
    if (from) facts.from = from;
    if (to) facts.to = to;
    return facts;
  } catch {
    return undefined; // a getter or proxy that throws: not a case
  }
}
