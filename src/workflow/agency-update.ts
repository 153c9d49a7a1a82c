/**
 * applyAgencyUpdate(case, update, { now }): what the agency reports about an insurance item — 受理,
 * 已发联系函, 已转出, 已转入／办结, 退回 — turned into the workflow's events, each with its history
 * entry. Idempotent (a report already reflected changes nothing), tolerant of reports that arrive
 * late or skip states (the events in between are applied too), and refusing, with a typed error,
 * a report that contradicts the case.
 */
import { array, enum as zEnum, object, optional, string, union } from 'zod/mini';
import '../application/zod-setup.js';
import { INSURANCE_NAMES, INSURANCE_TYPES, type InsuranceType } from '../application/insurance-types.js';
import { snapshot } from '../input/snapshot.js';
import { snapshotDetail } from '../input/snapshot-issue.js';
import { DEFAULT_AGENCY_STATUSES, MILESTONE_RANK, type AgencyStatus, type AgencyStatusMap } from './agency-statuses.js';
import { RETURN_REASONS, type AgencyReport, type CaseEvent, type CaseItem, type Effect, type Reason, type ReturnReasonCode, type TransferCase, type TransitionError } from './case-types.js';
import { normaliseInstant } from './china-time.js';
import { isList, readStoredCase } from './read-stored-case.js';
import { applyEvent, invalidTime, type ReadEvent, type TransitionOptions } from './transition.js';
import { registerTransitionMessages, transitionError } from './transition-errors.js';

registerTransitionMessages({
  'unknown-status': { zh: '无法识别经办机构返回的办理状态「{detail}」', en: 'The agency’s status “{detail}” is not one this system knows' },
  'agency-conflict': { zh: '经办机构返回的进度与案件不符：{detail}', en: 'The agency’s report does not fit the case: {detailEn}' },
});

/** One report of the agency about one insurance item. */
export interface AgencyUpdate {
  insurance: InsuranceType;
  /** The agency's status as it gives it: "已发联系函", "letter-sent", or a code of the vendor's `statuses`. */
  status: string;
  /** When the agency says it happened (ISO 8601 with a time zone): a report from before the item was last sent is out of date and ignored. */
  at?: string;
  /** For a return: the agency's reason, as text or as one of RETURN_REASONS with a text. */
  reason?: string | { code?: string; text?: string };
  /** The agency's reference for the record, e.g. a 业务流水号: kept in the history. */
  reference?: string;
  /** For applyAgencyUpdateMany: the case the report is about. */
  caseId?: string;
}

export interface AgencyUpdateOptions extends TransitionOptions {
  /** The agency's codes and what they mean; DEFAULT_AGENCY_STATUSES unless given. */
  statuses?: AgencyStatusMap;
}

export type AgencyUpdateResult =
  | {
      ok: true;
      case: TransferCase;
      effects: Effect[];
      /** The events applied, in order (empty when the report was already reflected or out of date). */
      applied: CaseEvent['type'][];
      changed: boolean;
    }
  | { ok: false; error: TransitionError };

const MAX_STATUS_SHOWN = 50;

const UpdateSchema = object({
  insurance: zEnum(INSURANCE_TYPES),
  status: string(),
  at: optional(string()),
  reason: optional(union([string(), object({ code: optional(string()), text: optional(string()) })])),
  reference: optional(string()),
  caseId: optional(string()),
});
const UpdatesSchema = array(UpdateSchema);

type ParsedUpdate = { insurance: InsuranceType; status: string; at?: string | undefined; reason?: AgencyUpdate['reason'] | undefined; reference?: string | undefined; caseId?: string | undefined };

function conflict(zh: string, en: string, developer: string): TransitionError {
  return transitionError('agency-conflict', { detail: zh, detailEn: en, developer });
}

const isStatus = (value: unknown): value is AgencyStatus => value === 'returned' || (typeof value === 'string' && Object.hasOwn(MILESTONE_RANK, value));

/** The meaning of a status under the map (read as plain JSON): own keys only, spaces around the code ignored, a meaning it does not know left out. */
function meaningOf(statuses: Record<string, unknown>, status: string): { status: AgencyStatus; reason?: ReturnReasonCode } | undefined {
  const code = status.trim();
  if (!Object.hasOwn(statuses, code)) return undefined;
  const meaning = statuses[code];
  if (isStatus(meaning)) return { status: meaning };
  if (meaning === null || typeof meaning !== 'object') return undefined;
  const { status: given, reason } = meaning as { status?: unknown; reason?: unknown };
  if (!isStatus(given)) return undefined;
  return typeof reason === 'string' && (RETURN_REASONS as readonly string[]).includes(reason) ? { status: given, reason: reason as ReturnReasonCode } : { status: given };
}

/** The vendor's status map, read once as plain JSON (it is the host's object); the default one as it is. */
function readStatuses(given: AgencyStatusMap | undefined): Record<string, unknown> {
  if (given === undefined) return DEFAULT_AGENCY_STATUSES;
  const { value } = snapshot(given);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function returnReason(update: ParsedUpdate, mapped: ReturnReasonCode | undefined): Reason {
  const given = update.reason;
  const isCode = (code: unknown): code is ReturnReasonCode => typeof code === 'string' && (RETURN_REASONS as readonly string[]).includes(code);
  const text = (typeof given === 'string' ? given : given?.text ?? '').trim();
  const code = typeof given === 'object' && isCode(given.code) ? given.code : mapped ?? 'other';
  // "other" needs words for the employee: the agency's own, else that it gave none.
  if (code === 'other') return { code, text: text || '经办机构未说明原因' };
  return text ? { code, text } : { code };
}

/**
 * The events that bring `item` to what the report says, or a refusal; none when the item is there
 * already or the report is older than the item's last sending.
 */
function plan(item: CaseItem, update: ParsedUpdate, meaning: { status: AgencyStatus; reason?: ReturnReasonCode }, at: string | undefined): CaseEvent[] | TransitionError {
  const names = INSURANCE_NAMES[item.insurance];
  const insurance = item.insurance;
  const olderThan = (instant: string | undefined) => at !== undefined && instant !== undefined && Date.parse(at) < Date.parse(instant);
  if (item.state === 'waiting') {
    return conflict(`${names.zh}尚未提交经办机构`, `the ${names.en} has not been sent to the agency`, `items[${insurance}].state waiting`);
  }
  // A report from before the item was last sent belongs to an earlier round.
  if (olderThan(item.submittedAt)) return [];
  if (meaning.status === 'returned') {
    if (item.state === 'rejected') return [];
    if (item.state === 'completed') {
      if (olderThan(item.completedAt)) return [];
      return conflict(`${names.zh}已办结，不能再退回`, `the ${names.en} is completed and cannot be returned`, `items[${insurance}].state completed`);
    }
    return [{ type: 'agency-reject', insurance, reason: returnReason(update, meaning.reason) }];
  }
  if (item.state === 'completed') return [];
  if (item.state === 'rejected') {
    if (olderThan(item.rejection?.at)) return [];
    return conflict(`${names.zh}已被退回，须重新提交后经办机构才能继续办理`, `the ${names.en} was returned; it must be sent again first`, `items[${insurance}].state rejected`);
  }
  const events: CaseEvent[] = [];
  if (item.state === 'submitted') events.push({ type: 'agency-accept', insurance });
  if (meaning.status === 'completed') {
    events.push({ type: 'agency-complete', insurance });
    return events;
  }
  const rank = MILESTONE_RANK[meaning.status];
  for (const step of item.steps) {
    if (step.completedAt || step.endsWith === undefined || step.endsWith === 'accepted') continue;
    if (MILESTONE_RANK[step.endsWith] <= rank) events.push({ type: 'complete-step', insurance, step: step.step });
  }
  return events;
}

function readUpdates(update: unknown): ParsedUpdate[] | TransitionError {
  const { value, problems } = snapshot(update);
  const problem = snapshotDetail(problems);
  if (problem) return transitionError('invalid-event', { developer: problem });
  const parsed = Array.isArray(value) ? UpdatesSchema.safeParse(value) : UpdateSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    return transitionError('invalid-event', { developer: `${first.path.join('.') || 'update'}: ${first.message}` });
  }
  return Array.isArray(parsed.data) ? parsed.data : [parsed.data];
}

/** Applies read updates to a read case: all of them, or none with the refusal of the first that cannot be. */
function applyUpdates(start: TransferCase, updates: ParsedUpdate[], now: string, options: AgencyUpdateOptions): AgencyUpdateResult {
  const statuses = readStatuses(options.statuses);
  if (options.expectedVersion !== undefined && options.expectedVersion !== start.version) {
    return { ok: false, error: transitionError('version-conflict', { expected: options.expectedVersion, found: start.version }) };
  }
  const eventOptions: TransitionOptions = { now };
  if (options.policies) eventOptions.policies = options.policies;
  let current = start;
  const effects: Effect[] = [];
  const applied: CaseEvent['type'][] = [];
  for (let i = 0; i < updates.length; i++) {
    const update = updates[i]!;
    const where = updates.length > 1 ? `updates[${i}] ` : '';
    const meaning = meaningOf(statuses, update.status);
    if (!meaning) {
      const shown = update.status.trim().slice(0, MAX_STATUS_SHOWN);
      return { ok: false, error: transitionError('unknown-status', { detail: shown, developer: `${where}status ${JSON.stringify(shown)}：不在 statuses 中`, developerEn: `${where}status ${JSON.stringify(shown)} is not in statuses` }) };
    }
    let at: string | undefined;
    if (update.at !== undefined) {
      at = normaliseInstant(update.at);
      if (!at) return { ok: false, error: transitionError('invalid-event', { developer: `${where}at: 须为带时区的 ISO 8601 时间`, developerEn: `${where}at: must be an ISO 8601 instant with a time zone` }) };
    }
    const item = current.items.find((it) => it.insurance === update.insurance);
    if (!item) {
      const names = INSURANCE_NAMES[update.insurance];
      return { ok: false, error: transitionError('unknown-item', { detail: names.zh, detailEn: names.en, developer: `${where}insurance ${update.insurance}` }) };
    }
    const planned = plan(item, update, meaning, at);
    if (!Array.isArray(planned)) return { ok: false, error: planned };
    const report: AgencyReport = { status: update.status.trim().slice(0, MAX_STATUS_SHOWN), milestone: meaning.status };
    if (at) report.at = at;
    if (update.reference) report.reference = update.reference.slice(0, MAX_STATUS_SHOWN);
    for (const event of planned) {
      const read: ReadEvent = { event: { ...event, actor: { role: 'agency' } }, agency: report };
      const r = applyEvent(current, read, now, eventOptions);
      if (!r.ok) return r;
      current = r.case;
      effects.push(...r.effects);
      applied.push(event.type);
    }
  }
  return { ok: true, case: current, effects, applied, changed: applied.length > 0 };
}

/**
 * Applies one agency report (or a list of them, for one case) to a case.
 * @example
 * const r = applyAgencyUpdate(c, { insurance: 'pension', status: '已发联系函', at: '2026-12-01T10:00:00+08:00' }, { now });
 * if (r.ok && r.changed) { save(r.case); deliver(r.effects); }
 */
export function applyAgencyUpdate(transferCase: unknown, update: unknown, options: AgencyUpdateOptions): AgencyUpdateResult {
  const read = readStoredCase(transferCase);
  if (!read.ok) return read;
  const now = normaliseInstant(options?.now);
  if (!now) return { ok: false, error: invalidTime() };
  const updates = readUpdates(update);
  if (!Array.isArray(updates)) return { ok: false, error: updates };
  return applyUpdates(read.case, updates, now, options);
}

export interface AgencyBatchOutcome {
  /** The position of the case in the list of cases. */
  index: number;
  id: string;
  ok: boolean;
  changed?: boolean;
  case?: TransferCase;
  effects?: Effect[];
  applied?: CaseEvent['type'][];
  error?: TransitionError;
}

export interface AgencyBatchResult {
  /** One per case that had reports, in the order of the cases. */
  results: AgencyBatchOutcome[];
  succeeded: number;
  failed: number;
  /** Reports that name no case of the list (or no case at all), by their position in the updates. */
  unmatched: { index: number; caseId?: string; error: TransitionError }[];
}

/**
 * The batch form, for a poll of the agency's interface: reports for many cases, each with its
 * `caseId`, applied to the cases they name — a refusal for one case never stops the others.
 * @example const { results, unmatched } = applyAgencyUpdateMany(openCases, polled, { now });
 */
export function applyAgencyUpdateMany(cases: unknown[], updates: unknown[], options: Omit<AgencyUpdateOptions, 'expectedVersion'>): AgencyBatchResult {
  const result: AgencyBatchResult = { results: [], succeeded: 0, failed: 0, unmatched: [] };
  const now = normaliseInstant(options?.now);
  const read = readUpdates(updates);
  if (!now || !Array.isArray(read) || !isList(cases)) {
    const error = !now ? invalidTime() : !Array.isArray(read) ? read : transitionError('invalid-case', { developer: 'cases 必须是数组', developerEn: 'cases must be an array' });
    result.unmatched.push({ index: 0, error });
    return result;
  }
  const byCase = new Map<string, ParsedUpdate[]>();
  read.forEach((update, index) => {
    const { caseId } = update;
    if (caseId === undefined) {
      result.unmatched.push({ index, error: transitionError('invalid-event', { developer: `updates[${index}].caseId 缺少`, developerEn: `updates[${index}].caseId is missing` }) });
      return;
    }
    const list = byCase.get(caseId) ?? [];
    list.push(update);
    byCase.set(caseId, list);
  });
  const seen = new Set<string>();
  let length = 0;
  try {
    length = cases.length;
  } catch {
    // A list whose length cannot be read has no cases: every report is unmatched below.
  }
  const { expectedVersion: _none, ...shared } = options as AgencyUpdateOptions;
  for (let index = 0; index < length; index++) {
    let stored: unknown;
    try {
      stored = cases[index];
    } catch {
      continue;
    }
    const c = readStoredCase(stored);
    if (!c.ok) continue;
    const mine = byCase.get(c.case.id);
    if (!mine || seen.has(c.case.id)) continue;
    seen.add(c.case.id);
    const r = applyUpdates(c.case, mine, now, shared);
    const outcome: AgencyBatchOutcome = r.ok
      ? { index, id: c.case.id, ok: true, changed: r.changed, case: r.case, effects: r.effects, applied: r.applied }
      : { index, id: c.case.id, ok: false, error: r.error };
    if (r.ok) result.succeeded++;
    else result.failed++;
    result.results.push(outcome);
  }
  read.forEach((update, index) => {
    const { caseId } = update;
    if (caseId !== undefined && !seen.has(caseId)) {
      result.unmatched.push({ index, caseId, error: transitionError('invalid-case', { developer: `没有 id 为 ${JSON.stringify(caseId.slice(0, MAX_STATUS_SHOWN))} 的案件`, developerEn: `no case with id ${JSON.stringify(caseId.slice(0, MAX_STATUS_SHOWN))}` }) });
    }
  });
  return result;
}
