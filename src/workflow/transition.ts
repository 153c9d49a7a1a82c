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
import { CaseEventSchema, TransferCaseSchema } from './case-schema.js';
import { isTerminal, stateOf } from './case-state.js';
import {
  RETURN_REASONS,
  type CaseEvent,
  type CaseItem,
  type CaseStage,
  type Effect,
  type HistoryEntry,
  type NotifyEffect,
  type Reason,
  type TransferCase,
  type TransitionError,
  type TransitionResult,
} from './case-types.js';
import { chinaDate, normaliseInstant } from './china-time.js';
import { CASE_EVENTS, ITEM_EVENTS, isCaseEvent } from './machine.js';
import { RETURN_REASON_NAMES } from './notifications.js';
import { snapshot } from '../input/snapshot.js';
import { snapshotDetail } from '../input/snapshot-issue.js';
import { withSchedule } from './schedule.js';
import { transitionError } from './transition-errors.js';

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

interface Context {
  case: TransferCase;
  event: CaseEvent;
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
  if (!reason) return transitionError('missing-reason', { event: ctx.event.type });
  if (!(RETURN_REASONS as readonly string[]).includes(reason.code)) {
    return transitionError('invalid-reason', { detail: `${String(reason.code)}（可选：${RETURN_REASONS.join('、')}）`, detailEn: `${String(reason.code)} (one of ${RETURN_REASONS.join(', ')})` });
  }
  const text = typeof reason.text === 'string' ? reason.text.trim() : '';
  if (reason.code === 'other' && text === '') {
    return transitionError('missing-reason', { event: ctx.event.type, detail: '：选择“其他”时须写明原因', detailEn: ': "other" needs a text' });
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
  if (ctx.event.application === undefined) return transitionError('invalid-event', { detail: 'edit 需要 application', detailEn: 'edit needs an application' });
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

function itemEvent(ctx: Context, type: keyof typeof ITEM_EVENTS): Outcome {
  const { from } = ITEM_EVENTS[type];
  const wanted = ctx.event.insurance;
  if (wanted !== undefined && !ctx.case.items.some((i) => i.insurance === wanted)) {
    return transitionError('unknown-item', { detail: wanted });
  }
  let reason: Reason | undefined;
  if (type === 'agency-reject') {
    const checked = checkReason(ctx);
    if ('message' in checked) return checked;
    reason = checked;
  }
  if (type === 'complete-step' && !ctx.event.step) {
    return transitionError('invalid-event', { detail: 'complete-step 需要 step', detailEn: 'complete-step needs a step' });
  }
  const targets = ctx.case.items.filter(
    (i) =>
      (wanted === undefined || i.insurance === wanted) &&
      from.includes(i.state) &&
      (type !== 'complete-step' || i.steps.some((s) => s.step === ctx.event.step && !s.completedAt)),
  );
  if (targets.length === 0) {
    if (type === 'complete-step' && ctx.case.items.some((i) => (wanted === undefined || i.insurance === wanted) && i.state === 'accepted')) {
      return transitionError('unknown-step', { detail: ctx.event.step ?? '' });
    }
    return transitionError('invalid-transition', {
      state: stateOf(ctx.case.stage, ctx.case.items),
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
        const next: CaseItem = { ...item, state: 'accepted', acceptedAt: ctx.now };
        effects.push(notify(ctx.case, 'employee', 'item-accepted', { ...names, estimatedCompletion: next.estimatedCompletion ?? '' }));
        return next;
      }
      case 'agency-reject': {
        effects.push(notify(ctx.case, 'employee', 'item-rejected', { ...names, ...reasonData(reason!) }));
        return { ...item, state: 'rejected' as const, rejection: { ...reason!, at: ctx.now } };
      }
      case 'complete-step': {
        const steps = item.steps.map((s) => (s.step === ctx.event.step ? { ...s, completedAt: ctx.today } : s));
        const next = withSchedule({ ...item, steps }, ctx.today, ctx.options.policies?.calendar);
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

function readEvent(event: unknown): CaseEvent | TransitionError {
  // A plain-JSON snapshot: the event's application is stored as it is read here, once.
  const { value, problems } = snapshot(event);
  const problem = snapshotDetail(problems);
  if (problem) return transitionError('invalid-event', { detail: problem, detailEn: problem });
  const parsed = CaseEventSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const detail = `${first.path.join('.') || 'type'}: ${first.message}`;
    return transitionError('invalid-event', { detail, detailEn: detail });
  }
  return parsed.data as CaseEvent;
}

/**
 * Applies one event to a case.
 * @example
 * const r = transition(c, { type: 'approve', actor: { id: 'hr-7', role: 'hr' } }, { now });
 * if (r.ok) { save(r.case); deliver(r.effects); } else show(r.error.message);
 */
export function transition(transferCase: unknown, event: unknown, options: TransitionOptions): TransitionResult {
  // Read once, defensively, as plain JSON; only the contract's fields go on into the next case.
  const { value, problems } = snapshot(transferCase);
  const problem = snapshotDetail(problems);
  if (problem) return { ok: false, error: transitionError('invalid-case', { detail: problem, detailEn: problem }) };
  const checked = TransferCaseSchema.safeParse(value);
  if (!checked.success) {
    const first = checked.error.issues[0]!;
    const detail = `${first.path.join('.')}: ${first.message}`;
    return { ok: false, error: transitionError('invalid-case', { detail, detailEn: detail }) };
  }
  const current = checked.data as unknown as TransferCase;
  const now = normaliseInstant(options?.now);
  if (!now) return { ok: false, error: transitionError('invalid-time') };
  const ev = readEvent(event);
  if ('code' in ev) return { ok: false, error: ev };
  if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
    return { ok: false, error: transitionError('version-conflict', { expected: options.expectedVersion, detail: String(current.version) }) };
  }

  const before = stateOf(current.stage, current.items);
  const rule = isCaseEvent(ev.type) ? CASE_EVENTS[ev.type] : ITEM_EVENTS[ev.type];
  if (ev.actor?.role && !rule.roles.includes(ev.actor.role)) {
    return { ok: false, error: transitionError('not-allowed', { event: ev.type, detail: ev.actor.role }) };
  }
  if (isTerminal(before) || (isCaseEvent(ev.type) && !CASE_EVENTS[ev.type].from.includes(before))) {
    return { ok: false, error: transitionError('invalid-transition', { state: before, event: ev.type }) };
  }

  const ctx: Context = { case: current, event: ev, now, today: chinaDate(now), options };
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

  const next: TransferCase = {
    ...current,
    version: current.version + 1,
    updatedAt: now,
    stage,
    application: outcome.application === undefined ? current.application : outcome.application,
    applicationVersion,
    validation: outcome.validation ?? current.validation,
    items,
    history: [...current.history, entry],
  };
  return { ok: true, case: next, effects: outcome.effects };
}
