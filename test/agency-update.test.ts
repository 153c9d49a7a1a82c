/**
 * Agency progress on the seed's Guiyang → Harbin case: each status of the vocabulary mapped to
 * its events, duplicates, reports out of order and ones that skip states, contradictions refused.
 */
import { describe, expect, it } from 'vitest';
import {
  applyAgencyUpdate,
  applyAgencyUpdateMany,
  caseState,
  createCase,
  overdue,
  transition,
  type CaseEvent,
  type TransferCase,
} from '../src/index.js';
import { guiyangToHarbin } from './support/fixtures.js';

const hr = { id: 'HR-7', role: 'hr' as const };

function run(c: TransferCase, ...steps: [CaseEvent, string][]): TransferCase {
  for (const [event, now] of steps) {
    const r = transition(c, event, { now });
    if (!r.ok) throw new Error(`${event.type} refused: ${r.error.code} ${r.error.detailEn ?? r.error.messageEn}`);
    c = r.case;
  }
  return c;
}

function sentCase(id = 'APP-2026-0001'): TransferCase {
  return run(
    createCase({ ...guiyangToHarbin(), id }, { now: '2026-11-20T09:00:00+08:00' }),
    [{ type: 'submit' }, '2026-11-20T10:00:00+08:00'],
    [{ type: 'approve', actor: hr }, '2026-11-20T11:00:00+08:00'],
    [{ type: 'send-to-agency', actor: hr }, '2026-11-20T12:00:00+08:00'],
  );
}

const D1 = '2026-11-25T09:00:00+08:00';
const D2 = '2026-12-03T09:00:00+08:00';
const D3 = '2026-12-20T09:00:00+08:00';

function applied(c: TransferCase, update: unknown, now: string) {
  const r = applyAgencyUpdate(c, update, { now });
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.detailEn ?? r.error.messageEn}`);
  return r;
}

const item = (c: TransferCase, insurance: string) => c.items.find((i) => i.insurance === insurance)!;
const openSteps = (c: TransferCase, insurance: string) => item(c, insurance).steps.filter((s) => !s.completedAt).map((s) => s.step);

describe('each status of the vocabulary', () => {
  it('受理 accepts the item, with the agency report on its history entry', () => {
    const r = applied(sentCase(), { insurance: 'pension', status: '受理', at: '2026-11-24T16:00:00+08:00', reference: 'GZ-2026-118' }, D1);
    expect(r.applied).toEqual(['agency-accept']);
    expect(r.changed).toBe(true);
    expect(item(r.case, 'pension').state).toBe('accepted');
    expect(caseState(r.case)).toBe('in-transfer');
    expect(r.case.history.at(-1)).toMatchObject({
      event: 'agency-accept',
      actor: { role: 'agency' },
      insurance: ['pension'],
      agency: { status: '受理', milestone: 'accepted', at: '2026-11-24T08:00:00.000Z', reference: 'GZ-2026-118' },
    });
    expect(r.effects.map((e) => (e.type === 'notify' ? e.template : e.type))).toContain('item-accepted');
  });

  it('已发联系函 closes the step that ends with the letter and reschedules the next one from that day', () => {
    const accepted = applied(sentCase(), { insurance: 'pension', status: 'accepted' }, D1).case;
    const r = applied(accepted, { insurance: 'pension', status: '已发联系函' }, D2);
    expect(r.applied).toEqual(['complete-step']);
    expect(r.case.history.at(-1)).toMatchObject({ event: 'complete-step', step: 'destination-acceptance-letter', agency: { milestone: 'letter-sent' } });
    expect(openSteps(r.case, 'pension')).toEqual(['origin-transfer', 'destination-completion']);
    // 15 working days from Thursday 2026-12-03.
    expect(item(r.case, 'pension').steps[1]!.due).toBe('2026-12-24');
  });

  it('已转出 and 已转入 close their steps; 办结 completes the item', () => {
    let c = applied(sentCase(), { insurance: 'medical', status: '已转出' }, D1).case;
    expect(openSteps(c, 'medical')).toEqual(['destination-completion', 'account-credit']);
    c = applied(c, { insurance: 'medical', status: '办结' }, D2).case;
    expect(item(c, 'medical')).toMatchObject({ state: 'completed' });
    expect(openSteps(c, 'medical')).toEqual([]);
  });

  it('退回 returns the item with the agency’s reason; a mapped code gives its reason', () => {
    const r = applied(sentCase(), { insurance: 'housing-fund', status: '退回', reason: '转入地账户未开立' }, D1);
    expect(r.applied).toEqual(['agency-reject']);
    expect(item(r.case, 'housing-fund').rejection).toMatchObject({ code: 'other', text: '转入地账户未开立' });
    expect(caseState(r.case)).toBe('returned');
    const mapped = applied(sentCase(), { insurance: 'pension', status: '材料不全' }, D1);
    expect(item(mapped.case, 'pension').rejection).toMatchObject({ code: 'materials-incomplete' });
    const silent = applied(sentCase(), { insurance: 'pension', status: 'returned' }, D1);
    expect(item(silent.case, 'pension').rejection).toMatchObject({ code: 'other', text: '经办机构未说明原因' });
  });
});

describe('duplicates, reordering and skipped states', () => {
  it('the same report twice changes nothing the second time', () => {
    const once = applied(sentCase(), { insurance: 'pension', status: '已发联系函' }, D1);
    const twice = applied(once.case, { insurance: 'pension', status: '已发联系函' }, D2);
    expect(twice).toMatchObject({ changed: false, applied: [], effects: [] });
    expect(twice.case.version).toBe(once.case.version);
    expect(twice.case.history).toEqual(once.case.history);
    const back = applied(applied(sentCase(), { insurance: 'pension', status: '退回' }, D1).case, { insurance: 'pension', status: '退回' }, D2);
    expect(back.changed).toBe(false);
  });

  it('a report that skips states applies the events in between, each with its history entry', () => {
    const r = applied(sentCase(), { insurance: 'pension', status: '已转出' }, D1);
    expect(r.applied).toEqual(['agency-accept', 'complete-step', 'complete-step']);
    expect(r.case.history.slice(-3).map((h) => [h.event, h.step ?? null])).toEqual([
      ['agency-accept', null],
      ['complete-step', 'destination-acceptance-letter'],
      ['complete-step', 'origin-transfer'],
    ]);
    const done = applied(sentCase(), { insurance: 'pension', status: '已转入' }, D1);
    expect(done.applied).toEqual(['agency-accept', 'agency-complete']);
  });

  it('a report that arrives after a later one is already reflected', () => {
    const completed = applied(sentCase(), { insurance: 'pension', status: '已转入' }, D1).case;
    for (const status of ['受理', '已发联系函', '已转出']) {
      const late = applied(completed, { insurance: 'pension', status }, D2);
      expect(late.changed).toBe(false);
    }
  });

  it('a report from before the item was sent again belongs to the earlier round', () => {
    const rejectedAt = '2026-11-24T10:00:00+08:00';
    const returned = applied(sentCase(), { insurance: 'pension', status: '退回', at: rejectedAt, reason: '缴费信息不一致' }, D1).case;
    const again = run(
      returned,
      [{ type: 'submit' }, '2026-11-26T09:00:00+08:00'],
      [{ type: 'approve', actor: hr }, '2026-11-26T10:00:00+08:00'],
      [{ type: 'send-to-agency', actor: hr }, '2026-11-26T11:00:00+08:00'],
    );
    expect(item(again, 'pension').state).toBe('submitted');
    const stale = applied(again, { insurance: 'pension', status: '退回', at: rejectedAt }, D2);
    expect(stale.changed).toBe(false);
    expect(item(stale.case, 'pension').state).toBe('submitted');
  });

  it('several reports for one case apply in order, and all or none of them', () => {
    const r = applied(sentCase(), [
      { insurance: 'pension', status: '受理' },
      { insurance: 'medical', status: '已转出' },
      { insurance: 'pension', status: '受理' },
    ], D1);
    expect(r.applied).toEqual(['agency-accept', 'agency-accept', 'complete-step']);
    const start = sentCase();
    const refused = applyAgencyUpdate(start, [{ insurance: 'pension', status: '受理' }, { insurance: 'pension', status: '不知道' }], { now: D1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown-status', message: '无法识别经办机构返回的办理状态「不知道」' } });
  });
});

describe('what contradicts the case is refused', () => {
  it('progress on a returned item, a return of a completed one, a report on an item never sent', () => {
    const returned = applied(sentCase(), { insurance: 'pension', status: '退回' }, D1).case;
    const progress = applyAgencyUpdate(returned, { insurance: 'pension', status: '已发联系函' }, { now: D2 });
    expect(progress).toMatchObject({ ok: false, error: { code: 'agency-conflict', message: '经办机构返回的进度与案件不符：基本养老保险已被退回，须重新提交后经办机构才能继续办理' } });
    const completed = applied(sentCase(), { insurance: 'pension', status: '办结' }, D1).case;
    expect(applyAgencyUpdate(completed, { insurance: 'pension', status: '退回' }, { now: D2 })).toMatchObject({ ok: false, error: { code: 'agency-conflict' } });
    const draft = createCase(guiyangToHarbin(), { now: '2026-11-20T09:00:00+08:00' });
    expect(applyAgencyUpdate(draft, { insurance: 'pension', status: '受理' }, { now: D1 })).toMatchObject({ ok: false, error: { code: 'agency-conflict', messageEn: 'The agency’s report does not fit the case: the pension insurance has not been sent to the agency' } });
  });

  it('unknown statuses, items the case does not have, bad times and reports earlier than the case', () => {
    const c = sentCase();
    expect(applyAgencyUpdate(c, { insurance: 'pension', status: 'teleported' }, { now: D1 })).toMatchObject({ ok: false, error: { code: 'unknown-status' } });
    expect(applyAgencyUpdate(c, { insurance: 'maternity', status: '受理' }, { now: D1 })).toMatchObject({ ok: false, error: { code: 'unknown-item' } });
    expect(applyAgencyUpdate(c, { insurance: 'pension', status: '受理', at: 'yesterday' }, { now: D1 })).toMatchObject({ ok: false, error: { code: 'invalid-event' } });
    expect(applyAgencyUpdate(c, { status: '受理' }, { now: D1 })).toMatchObject({ ok: false, error: { code: 'invalid-event' } });
    expect(applyAgencyUpdate(c, { insurance: 'pension', status: '受理' }, { now: '2026-11-19T09:00:00+08:00' })).toMatchObject({ ok: false, error: { code: 'out-of-order' } });
    expect(applyAgencyUpdate(c, { insurance: 'pension', status: '受理' }, { now: D1, expectedVersion: 1 })).toMatchObject({ ok: false, error: { code: 'version-conflict' } });
    expect(applyAgencyUpdate('case', { insurance: 'pension', status: '受理' }, { now: D1 })).toMatchObject({ ok: false, error: { code: 'invalid-case' } });
  });
});

describe('a vendor’s own codes', () => {
  const statuses = { '01': 'accepted', '02': 'letter-sent', '03': 'transferred-out', '04': 'completed', '09': { status: 'returned', reason: 'information-wrong' } } as const;

  it('map to the same events; the default words are then not known', () => {
    const r = applyAgencyUpdate(sentCase(), [{ insurance: 'pension', status: '02' }, { insurance: 'medical', status: '09', reason: '身份证号与参保记录不一致' }], { now: D1, statuses });
    expect(r.ok && r.applied).toEqual(['agency-accept', 'complete-step', 'agency-reject']);
    expect(r.ok && item(r.case, 'medical').rejection).toMatchObject({ code: 'information-wrong', text: '身份证号与参保记录不一致' });
    expect(applyAgencyUpdate(sentCase(), { insurance: 'pension', status: '受理' }, { now: D1, statuses })).toMatchObject({ ok: false, error: { code: 'unknown-status' } });
  });
});

describe('overdue agrees with what the agency reported', () => {
  it('a step closed by a report is no longer overdue; the open one still is', () => {
    const late = '2026-12-21T09:00:00+08:00';
    const before = overdue(sentCase(), late).filter((o) => o.insurance === 'pension').map((o) => o.step);
    expect(before).toEqual(['destination-acceptance-letter']);
    const letter = applied(sentCase(), { insurance: 'pension', status: '已发联系函' }, D2).case;
    expect(overdue(letter, late).filter((o) => o.insurance === 'pension')).toEqual([]);
    expect(overdue(applied(sentCase(), { insurance: 'pension', status: '受理' }, D2).case, late).map((o) => o.step)).toContain('destination-acceptance-letter');
  });
});

describe('applyAgencyUpdateMany', () => {
  it('applies a poll’s reports to the cases they name; one refusal never stops the others', () => {
    const cases = [sentCase('A-1'), sentCase('A-2'), sentCase('A-3')];
    const polled = [
      { caseId: 'A-2', insurance: 'pension', status: '受理' },
      { caseId: 'A-1', insurance: 'pension', status: '已转入' },
      { caseId: 'A-3', insurance: 'pension', status: '???' },
      { caseId: 'A-9', insurance: 'pension', status: '受理' },
      { insurance: 'pension', status: '受理' },
      { caseId: 'A-2', insurance: 'pension', status: '受理' },
    ];
    const r = applyAgencyUpdateMany(cases, polled, { now: D3 });
    expect(r.results.map((x) => [x.id, x.ok, x.applied ?? x.error?.code])).toEqual([
      ['A-1', true, ['agency-accept', 'agency-complete']],
      ['A-2', true, ['agency-accept']],
      ['A-3', false, 'unknown-status'],
    ]);
    expect([r.succeeded, r.failed]).toEqual([2, 1]);
    expect(r.unmatched.map((u) => [u.index, u.caseId ?? null, u.error.code])).toEqual([
      [4, null, 'invalid-event'],
      [3, 'A-9', 'invalid-case'],
    ]);
  });

  it('reads a vendor’s status map as data: a meaning it does not know, an inherited word, a throwing getter', () => {
    const statuses = Object.defineProperty({ '01': 'accepted', '02': 'teleported', '03': { status: 'constructor' } } as Record<string, unknown>, '04', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const r = applyAgencyUpdate(sentCase(), { insurance: 'pension', status: '01' }, { now: D1, statuses: statuses as never });
    expect(r.ok && r.applied).toEqual(['agency-accept']);
    for (const status of ['02', '03', '04', 'constructor', 'toString']) {
      expect(applyAgencyUpdate(sentCase(), { insurance: 'pension', status }, { now: D1, statuses: statuses as never })).toMatchObject({ ok: false, error: { code: 'unknown-status' } });
    }
  });

  it('refuses a revoked Proxy as the list of cases, without throwing', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(applyAgencyUpdateMany(proxy, [], { now: D3 }).unmatched[0]!.error.code).toBe('invalid-case');
  });

  it('refuses what is not a list, without throwing', () => {
    expect(applyAgencyUpdateMany('x' as never, [], { now: D3 }).unmatched[0]!.error.code).toBe('invalid-case');
    expect(applyAgencyUpdateMany([], 'x' as never, { now: D3 }).unmatched[0]!.error.code).toBe('invalid-event');
    expect(applyAgencyUpdateMany([], [], { now: 'now' }).unmatched[0]!.error.code).toBe('invalid-time');
  });
});
