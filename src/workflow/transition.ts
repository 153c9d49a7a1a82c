/**
 * transition(case, event, { now }): the new case and the effects the host must carry out, or a
 * typed refusal. Pure: it never mutates its input, never reads the clock, never throws on bad
 * cases or events.
 */
import { INSURANCE_NAMES, type InsuranceType } from '../application/insurance-types.js';
import type { PolicySet } from '../policy/compile-policies.js';
import { fullRegionName } from '../region/catalogue.js';
import { lookupRegion } from '../region/resolve-region.js';
import { validateTransfer } from '../validate-transfer.js';
import { mergeItems } from './case-items.js';
import { CaseEventSchema } from './case-schema.js';
import { isTerminal, stateOf } from './case-state.js';
import {
  RETURN_REASONS,
  type CaseEvent,
  type CaseItem,
  type AgencyReport,
  type CaseStage,
  type DroppedField,
  type Effect,
  type HistoryEntry,
  type NotifyEffect,
  type Reason,
  type TransferCase,
  type TransitionError,
  type TransitionResult,
} from './case-types.js';
import { chinaDate, normaliseInstant } from './china-time.js';
import { CASE_EVENTS, ITEM_EVENTS, ROLE_NAMES, isCaseEvent } from './machine.js';
import { RETURN_REASON_NAMES } from './notifications.js';
import { snapshot, type SnapshotProblem } from '../input/snapshot.js';
import { snapshotDetail } from '../input/snapshot-issue.js';
import { readStoredCase, sealCase } from './read-stored-case.js';
import { withSchedule } from './schedule.js';
import { chinaMinute, transitionError } from './transition-errors.js';
import { trust } from './trusted.js';

export interface TransitionOptions {
  /** The current instant, ISO 8601 with a time zone. */
  now: string;
  /** The policies in force, for the re-validation on edit and submit; the bundled ones by default. */
  policies?: PolicySet;
  /** Refuse with version-conflict unless the case is at this version (optimistic locking). */
  expectedVersion?: number;
}

/** What an event changes; the shared part of the new case is built once from it. */
interface Change {
  stage?: CaseStage;
  items?: CaseItem[];
  application?: unknown;
  validation?: TransferCase['validation'];
  effects: Effect[];
  reason?: Reason;
  insurance?: InsuranceType[];
  step?: string;
}

/** An event as transition reads it: checked, with what of an edit's application could not be read. */
export interface ReadEvent {
  event: CaseEvent;
  dropped?: DroppedField[];
  /** The agency's report the event comes from (applyAgencyUpdate). */
  agency?: AgencyReport;
}

interface Context {
  case: TransferCase;
  event: CaseEvent;
  dropped?: DroppedField[];
  now: string;
  today: string;
  options: TransitionOptions;
}

type Outcome = Change | TransitionError;

const EMPLOYEE_CHANNELS: NotifyEffect['channels'] = ['sms', 'in-app'];
const HR_CHANNELS: NotifyEffect['channels'] = ['in-app'];

function isError(outcome: Outcome): outcome is TransitionError {
  return 'code' in outcome;
}

function placeName(region: unknown): { zh: string; en: string } {
  if (typeof region !== 'string' && typeof region !== 'number') return { zh: '', en: '' };
  const found = lookupRegion(region);
  const name = found.ok ? fullRegionName(found.region) : String(region);
  return { zh: name, en: name };
}

/** The data every notification about this case can use. */
function caseData(c: TransferCase): Record<string, string> {
  const app = (c.application ?? {}) as { applicant?: { name?: unknown }; from?: { region?: unknown }; to?: { region?: unknown } };
  const from = placeName(app.from?.region);
  const to = placeName(app.to?.region);
  return {
    caseId: c.id,
    applicant: typeof app.applicant?.name === 'string' ? app.applicant.name : '',
    from: from.zh,
    fromEn: from.en,
    to: to.zh,
    toEn: to.en,
  };
}

function notify(c: TransferCase, to: 'employee' | 'hr', template: NotifyEffect['template'], data: Record<string, string | number> = {}): NotifyEffect {
  return { type: 'notify', to, template, channels: to === 'employee' ? EMPLOYEE_CHANNELS : HR_CHANNELS, data: { ...caseData(c), ...data } };
}

function reasonData(reason: Reason): Record<string, string> {
  const names = RETURN_REASON_NAMES[reason.code];
  return {
    reasonCode: reason.code,
    reason: reason.text ? `${names.zh}（${reason.text}）` : names.zh,
    reasonEn: reason.text ? `${names.en} (${reason.text})` : names.en,
  };
}

function checkReason(ctx: Context): Reason | TransitionError {
  const reason = ctx.event.reason;
  if (!reason) return transitionError('missing-reason', { event: ctx.event.type, developer: 'reason 缺少', developerEn: 'reason is missing' });
  if (!(RETURN_REASONS as readonly string[]).includes(reason.code)) {
    return transitionError('invalid-reason', {
      event: ctx.event.type,
      developer: `reason.code ${JSON.stringify(reason.code)}（可选：${RETURN_REASONS.join('、')}）`,
      developerEn: `reason.code ${JSON.stringify(reason.code)} (one of ${RETURN_REASONS.join(', ')})`,
    });
  }
  const text = typeof reason.text === 'string' ? reason.text.trim() : '';
  if (reason.code === 'other' && text === '') {
    return transitionError('missing-reason', { event: ctx.event.type, detail: '：选择“其他原因”时请写明原因', detailEn: ': with "other reason", say what it is', developer: 'reason.text 缺少', developerEn: 'reason.text is missing' });
  }
  return text ? { code: reason.code, text } : { code: reason.code };
}

function revalidate(ctx: Context, application: unknown): TransferCase['validation'] {
  return validateTransfer(application, { today: ctx.today, ...(ctx.options.policies ? { policies: ctx.options.policies } : {}) });
}

function deadlines(items: CaseItem[]): Effect[] {
  return items.flatMap((item) =>
    item.steps.filter((s) => s.due && !s.completedAt).map((s) => ({ type: 'deadline' as const, insurance: item.insurance, step: s.step, due: s.due! })),
  );
}

function insuranceNames(items: CaseItem[]): { zh: string; en: string } {
  return {
    zh: items.map((i) => INSURANCE_NAMES[i.insurance].zh).join('、'),
    en: items.map((i) => INSURANCE_NAMES[i.insurance].en).join(', '),
  };
}

function latest(items: CaseItem[]): string {
  return items.map((i) => i.estimatedCompletion ?? '').reduce((a, b) => (b > a ? b : a), '');
}

// ——— case-level events ———

function edit(ctx: Context): Outcome {
  if (ctx.event.application === undefined) return transitionError('invalid-event', { event: 'edit', developer: 'edit 需要 application', developerEn: 'edit needs an application' });
  const application = ctx.event.application;
  const validation = revalidate(ctx, application);
  return { application, validation, items: mergeItems(ctx.case.items, validation), effects: [] };
}

function submit(ctx: Context): Outcome {
  const validation = revalidate(ctx, ctx.case.application);
  const errors = validation.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    const error = transitionError('validation-failed', { count: errors.length });
    error.issues = errors;
    return error;
  }
  return {
    stage: 'pending-review',
    validation,
    items: mergeItems(ctx.case.items, validation),
    effects: [notify(ctx.case, 'hr', 'case-submitted')],
  };
}

function approve(ctx: Context): Outcome {
  return { stage: 'approved', effects: [notify(ctx.case, 'employee', 'case-approved')] };
}

function giveBack(ctx: Context): Outcome {
  const reason = checkReason(ctx);
  if ('message' in reason) return reason;
  return { stage: 'returned', reason, effects: [notify(ctx.case, 'employee', 'case-returned', reasonData(reason))] };
}

function sendToAgency(ctx: Context): Outcome {
  const sent: InsuranceType[] = [];
  const items = ctx.case.items.map((item) => {
    if (item.state !== 'waiting' && item.state !== 'rejected') return item;
    sent.push(item.insurance);
    const { rejection: _rejection, acceptedAt: _acceptedAt, ...rest } = item;
    return withSchedule({ ...rest, state: 'submitted', submittedAt: ctx.now }, ctx.today, ctx.options.policies?.calendar);
  });
  const moved = items.filter((i) => sent.includes(i.insurance));
  const effects: Effect[] = [];
  if (moved.length > 0) {
    const names = insuranceNames(moved);
    effects.push(notify(ctx.case, 'employee', 'sent-to-agency', { insurances: names.zh, insurancesEn: names.en, estimatedCompletion: latest(moved) }));
    effects.push(...deadlines(moved));
  }
  return { stage: 'sent', items, insurance: sent, effects };
}

function withdraw(ctx: Context): Outcome {
  const started = ctx.case.items.filter((i) => i.state === 'accepted' || i.state === 'completed');
  if (started.length > 0) {
    const names = insuranceNames(started);
    return transitionError('invalid-transition', {
      state: stateOf(ctx.case.stage, ctx.case.items),
      event: 'withdraw',
      detail: `：经办机构已受理${names.zh}`,
      detailEn: `: the agency has accepted the ${names.en}`,
    });
  }
  return { stage: 'withdrawn', effects: [notify(ctx.case, 'hr', 'case-withdrawn')] };
}

const CASE_HANDLERS: Record<keyof typeof CASE_EVENTS, (ctx: Context) => Outcome> = {
  edit,
  submit,
  approve,
  return: giveBack,
  'send-to-agency': sendToAgency,
  withdraw,
};

// ——— item-level events ———

/** The item with the open steps that end with `milestone` completed today, and the later steps rescheduled from today. */
function closeSteps(ctx: Context, item: CaseItem, closes: (step: CaseItem['steps'][number]) => boolean): CaseItem {
  if (!item.steps.some((s) => !s.completedAt && closes(s))) return item;
  const steps = item.steps.map((s) => (!s.completedAt && closes(s) ? { ...s, completedAt: ctx.today } : s));
  return withSchedule({ ...item, steps }, ctx.today, ctx.options.policies?.calendar);
}

function itemEvent(ctx: Context, type: keyof typeof ITEM_EVENTS): Outcome {
  const { from } = ITEM_EVENTS[type];
  const wanted = ctx.event.insurance;
  const state = () => stateOf(ctx.case.stage, ctx.case.items);
  if (wanted !== undefined && !ctx.case.items.some((i) => i.insurance === wanted)) {
    return transitionError('unknown-item', { event: type, detail: INSURANCE_NAMES[wanted].zh, detailEn: INSURANCE_NAMES[wanted].en, developer: `insurance ${wanted}` });
  }
  let reason: Reason | undefined;
  if (type === 'agency-reject') {
    const checked = checkReason(ctx);
    if ('message' in checked) return checked;
    reason = checked;
  }
  if (type === 'complete-step' && !ctx.event.step) {
    return transitionError('invalid-event', { event: type, developer: 'complete-step 需要 step', developerEn: 'complete-step needs a step' });
  }
  const targets = ctx.case.items.filter(
    (i) =>
      (wanted === undefined || i.insurance === wanted) &&
      from.includes(i.state) &&
      (type !== 'complete-step' || i.steps.some((s) => s.step === ctx.event.step && !s.completedAt)),
  );
  if (targets.length === 0) {
    const accepted = ctx.case.items.find((i) => (wanted === undefined || i.insurance === wanted) && i.state === 'accepted');
    if (type === 'complete-step' && accepted) {
      const names = INSURANCE_NAMES[accepted.insurance];
      return transitionError('unknown-step', { event: type, detail: names.zh, detailEn: names.en, developer: `step ${ctx.event.step ?? ''}` });
    }
    return transitionError('invalid-transition', {
      state: state(),
      event: type,
      detail: wanted ? `（${INSURANCE_NAMES[wanted].zh}）` : '',
      detailEn: wanted ? ` (${INSURANCE_NAMES[wanted].en})` : '',
    });
  }
  const effects: Effect[] = [];
  const moved = new Set(targets.map((t) => t.insurance));
  const items = ctx.case.items.map((item) => {
    if (!moved.has(item.insurance)) return item;
    const names = { insurance: INSURANCE_NAMES[item.insurance].zh, insuranceEn: INSURANCE_NAMES[item.insurance].en };
    switch (type) {
      case 'agency-accept': {
        // Acceptance closes the steps that end with it (endsWith: accepted in the policy), as a completed step does.
        const next: CaseItem = closeSteps(ctx, { ...item, state: 'accepted', acceptedAt: ctx.now }, (s) => s.endsWith === 'accepted');
        effects.push(notify(ctx.case, 'employee', 'item-accepted', { ...names, estimatedCompletion: next.estimatedCompletion ?? '' }));
        if (next.steps !== item.steps) effects.push(...deadlines([next]));
        return next;
      }
      case 'agency-reject': {
        effects.push(notify(ctx.case, 'employee', 'item-rejected', { ...names, ...reasonData(reason!) }));
        return { ...item, state: 'rejected' as const, rejection: { ...reason!, at: ctx.now } };
      }
      case 'complete-step': {
        const next = closeSteps(ctx, item, (s) => s.step === ctx.event.step);
        effects.push(...deadlines([next]));
        return next;
      }
      case 'agency-complete': {
        const steps = item.steps.map((s) => (s.completedAt ? s : { ...s, completedAt: ctx.today }));
        effects.push(notify(ctx.case, 'employee', 'item-completed', names));
        return { ...item, state: 'completed' as const, completedAt: ctx.now, steps, estimatedCompletion: ctx.today };
      }
    }
  });
  if (type === 'agency-complete' && items.every((i) => i.state === 'completed')) effects.push(notify(ctx.case, 'employee', 'case-completed'));
  const change: Change = { items, insurance: [...moved], effects };
  if (reason) change.reason = reason;
  if (type === 'complete-step' && ctx.event.step) change.step = ctx.event.step;
  return change;
}

// ——— the transition ———

export function invalidTime(): TransitionError {
  return transitionError('invalid-time', {
    developer: 'now 必须是带时区的 ISO 8601 时间，例如 2026-11-20T09:30:00+08:00',
    developerEn: 'now must be an ISO 8601 instant with a time zone, e.g. 2026-11-20T09:30:00+08:00',
  });
}

const MAX_DROPPED = 20;

/** What an edit's application lost on the way in: kept on its history entry, not in its validation. */
export function droppedFields(problems: SnapshotProblem[], base: number): DroppedField[] {
  return problems.slice(0, MAX_DROPPED).map((p) => ({ code: p.code, path: p.path.slice(base) as (string | number)[] }));
}

/** Reads an event once, defensively: the event, or an invalid-event refusal. */
export function readCaseEvent(event: unknown): ReadEvent | TransitionError {
  const { value, problems } = snapshot(event);
  // An edit's application is stored as it can be read, as createCase stores one: what could not be read is noted.
  const isEdit = (value as { type?: unknown } | null)?.type === 'edit';
  const inApplication = (p: SnapshotProblem) => isEdit && p.path[0] === 'application' && p.path.length > 1;
  const problem = snapshotDetail(problems.filter((p) => !inApplication(p)));
  if (problem) return transitionError('invalid-event', { developer: problem });
  const parsed = CaseEventSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    return transitionError('invalid-event', { developer: `${first.path.join('.') || 'type'}: ${first.message}` });
  }
  const read: ReadEvent = { event: parsed.data as CaseEvent };
  if (read.event.application !== undefined) trust(read.event.application);
  const dropped = problems.filter(inApplication);
  if (dropped.length > 0) read.dropped = droppedFields(dropped, 1);
  return read;
}

/**
 * Applies a read event to a read case at `now` (normalised): the checks every event goes through
 * (version, time order, role, state), then the event's own work. Shared by transition,
 * transitionMany and applyAgencyUpdate.
 */
export function applyEvent(current: TransferCase, read: ReadEvent, now: string, options: TransitionOptions): TransitionResult {
  const ev = read.event;
  if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
    return { ok: false, error: transitionError('version-conflict', { expected: options.expectedVersion, found: current.version }) };
  }
  const last = current.history[current.history.length - 1]!.at;
  if (Date.parse(now) < Date.parse(last)) {
    return { ok: false, error: transitionError('out-of-order', { event: ev.type, at: chinaMinute(now), last: chinaMinute(last), developer: `now ${now} < history[${current.history.length - 1}].at ${last}` }) };
  }

  const before = stateOf(current.stage, current.items);
  const rule = isCaseEvent(ev.type) ? CASE_EVENTS[ev.type] : ITEM_EVENTS[ev.type];
  if (ev.actor?.role && !rule.roles.includes(ev.actor.role)) {
    const role = ROLE_NAMES[ev.actor.role];
    return { ok: false, error: transitionError('not-allowed', { event: ev.type, detail: role.zh, detailEn: role.en, developer: `role ${ev.actor.role}` }) };
  }
  if (isTerminal(before) || (isCaseEvent(ev.type) && !CASE_EVENTS[ev.type].from.includes(before))) {
    return { ok: false, error: transitionError('invalid-transition', { state: before, event: ev.type }) };
  }

  const ctx: Context = { case: current, event: ev, now, today: chinaDate(now), options };
  if (read.dropped) ctx.dropped = read.dropped;
  const outcome = isCaseEvent(ev.type) ? CASE_HANDLERS[ev.type](ctx) : itemEvent(ctx, ev.type as keyof typeof ITEM_EVENTS);
  if (isError(outcome)) return { ok: false, error: outcome };

  const stage = outcome.stage ?? current.stage;
  const items = outcome.items ?? current.items;
  const applicationVersion = outcome.application === undefined ? current.applicationVersion : current.applicationVersion + 1;
  const entry: HistoryEntry = { seq: current.history.length + 1, event: ev.type, at: now, from: before, to: stateOf(stage, items) };
  if (ev.actor) entry.actor = { ...ev.actor };
  if (outcome.reason) entry.reason = outcome.reason;
  if (outcome.insurance) entry.insurance = outcome.insurance;
  if (outcome.step) entry.step = outcome.step;
  if (outcome.application !== undefined) entry.applicationVersion = applicationVersion;
  if (outcome.application !== undefined && read.dropped) entry.dropped = read.dropped;
  if (read.agency) entry.agency = read.agency;

  // What the event did not change is shared with the case it was given (frozen, so neither can change it).
  const next: TransferCase = {
    schemaVersion: current.schemaVersion,
    id: current.id,
    version: current.version + 1,
    createdAt: current.createdAt,
    updatedAt: now,
    stage,
    application: outcome.application === undefined ? current.application : outcome.application,
    applicationVersion,
    validation: outcome.validation ?? current.validation,
    items,
    history: [...current.history, entry],
  };
  return { ok: true, case: sealCase(next), effects: outcome.effects };
}

/**
 * Applies one event to a case.
 * @example
 * const r = transition(c, { type: 'approve', actor: { id: 'hr-7', role: 'hr' } }, { now });
 * if (r.ok) { save(r.case); deliver(r.effects); } else show(r.error.message);
 */
export function transition(transferCase: unknown, event: unknown, options: TransitionOptions): TransitionResult {
  const read = readStoredCase(transferCase);
  if (!read.ok) return read;
  const now = normaliseInstant(options?.now);
  if (!now) return { ok: false, error: invalidTime() };
  const ev = readCaseEvent(event);
  if ('code' in ev) return { ok: false, error: ev };
  return applyEvent(read.case, ev, now, options);
}
