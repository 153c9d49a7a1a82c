import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseState,
  createCase,
  InvalidDateError,
  overdue,
  renderNotification,
  toMermaid,
  transition,
  transitionMany,
  upgradeCase,
  CASE_DIAGRAM,
  type CaseEvent,
  type Effect,
  type TransferCase,
} from '../src/index.js';
import { guiyangToHarbin as seedApplication } from './support/fixtures.js';

/**
 * The seed application without unemployment insurance: these tests are about the workflow, and
 * unemployment's steps have no published time limits to date. The first test keeps all types.
 */
function guiyangToHarbin(): ReturnType<typeof seedApplication> {
  const app = seedApplication();
  app.insuranceTypes = app.insuranceTypes.filter((t: string) => t !== 'unemployment');
  return app;
}

const T0 = '2026-11-20T09:00:00+08:00';

/** Applies events one after another, failing the test on any refusal. */
function run(c: TransferCase, ...steps: [CaseEvent, string][]): { case: TransferCase; effects: Effect[][] } {
  const effects: Effect[][] = [];
  for (const [event, now] of steps) {
    const r = transition(c, event, { now });
    if (!r.ok) throw new Error(`${event.type} refused: ${r.error.code} ${r.error.messageEn}`);
    c = r.case;
    effects.push(r.effects);
  }
  return { case: c, effects };
}

function notifications(effects: Effect[]) {
  return effects.filter((e) => e.type === 'notify').map((e) => (e.type === 'notify' ? `${e.to}:${e.template}` : ''));
}

const employee = { id: 'E-1', name: '张三', role: 'employee' as const };
const hr = { id: 'HR-7', name: '李四', role: 'hr' as const };

function sentCase(): TransferCase {
  return run(
    createCase(guiyangToHarbin(), { now: T0 }),
    [{ type: 'submit', actor: employee }, '2026-11-20T10:00:00+08:00'],
    [{ type: 'approve', actor: hr }, '2026-11-20T11:00:00+08:00'],
    [{ type: 'send-to-agency', actor: hr }, '2026-11-20T12:00:00+08:00'],
  ).case;
}

describe('the seed scenario, end to end', () => {
  it('creates a draft case with one item per insurance type the agency must handle', () => {
    const c = createCase(seedApplication(), { now: T0 });
    expect(c).toMatchObject({ schemaVersion: 1, id: 'APP-2026-0001', version: 1, stage: 'draft', applicationVersion: 1 });
    expect(caseState(c)).toBe('draft');
    expect(c.items.map((i) => [i.insurance, i.decision, i.state])).toEqual([
      ['pension', 'transfer', 'waiting'],
      ['medical', 'transfer', 'waiting'],
      ['unemployment', 'transfer', 'waiting'],
      ['housing-fund', 'transfer', 'waiting'],
    ]);
    expect(c.validation.ok).toBe(true);
    expect(c.history).toEqual([{ seq: 1, event: 'create', at: '2026-11-20T01:00:00.000Z', from: null, to: 'draft', applicationVersion: 1 }]);
  });

  it('runs submit → approve → send → accept → complete, telling the employee at each key step', () => {
    const { case: done, effects } = run(
      createCase(guiyangToHarbin(), { now: T0 }),
      [{ type: 'submit', actor: employee }, '2026-11-20T10:00:00+08:00'],
      [{ type: 'approve', actor: hr }, '2026-11-20T11:00:00+08:00'],
      [{ type: 'send-to-agency', actor: hr }, '2026-11-20T12:00:00+08:00'],
      [{ type: 'agency-accept', actor: { role: 'agency' } }, '2026-11-24T09:00:00+08:00'],
      [{ type: 'agency-complete', insurance: 'housing-fund' }, '2026-11-27T09:00:00+08:00'],
      [{ type: 'agency-complete', insurance: 'medical' }, '2026-12-10T09:00:00+08:00'],
      [{ type: 'agency-complete', insurance: 'pension' }, '2027-01-15T09:00:00+08:00'],
    );
    expect(done.history.map((h) => [h.event, h.from, h.to])).toEqual([
      ['create', null, 'draft'],
      ['submit', 'draft', 'pending-review'],
      ['approve', 'pending-review', 'approved'],
      ['send-to-agency', 'approved', 'submitted'],
      ['agency-accept', 'submitted', 'in-transfer'],
      ['agency-complete', 'in-transfer', 'in-transfer'],
      ['agency-complete', 'in-transfer', 'in-transfer'],
      ['agency-complete', 'in-transfer', 'completed'],
    ]);
    expect(caseState(done)).toBe('completed');
    expect(done.version).toBe(8);
    expect(effects.map(notifications)).toEqual([
      ['hr:case-submitted'],
      ['employee:case-approved'],
      ['employee:sent-to-agency'],
      ['employee:item-accepted', 'employee:item-accepted', 'employee:item-accepted'],
      ['employee:item-completed'],
      ['employee:item-completed'],
      ['employee:item-completed', 'employee:case-completed'],
    ]);
  });

  it('sets each step a due date in Chinese working days when the case goes to the agency', () => {
    const r = transition(
      run(createCase(guiyangToHarbin(), { now: T0 }), [{ type: 'submit' }, T0], [{ type: 'approve' }, T0]).case,
      { type: 'send-to-agency' },
      { now: '2026-11-20T15:00:00+08:00' },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const pension = r.case.items.find((i) => i.insurance === 'pension')!;
    expect(pension.steps.map((s) => [s.step, s.due])).toEqual([
      ['destination-acceptance-letter', '2026-12-11'],
      ['origin-transfer', '2027-01-04'],
      ['destination-completion', '2027-01-25'],
    ]);
    expect(pension.estimatedCompletion).toBe('2027-01-25');
    // pension 3 + medical 3 + the housing fund's first step (the two after it have no published time limit)
    expect(r.effects.filter((e) => e.type === 'deadline')).toHaveLength(7);
    const sent = r.effects.find((e) => e.type === 'notify')!;
    expect(sent.type === 'notify' && sent.channels).toEqual(['sms', 'in-app']);
    expect(renderNotification(sent as never)).toBe('您的转移申请已提交社保部门（基本养老保险、基本医疗保险、住房公积金），预计 2027-01-25 前办结');
    expect(renderNotification(sent as never, 'en')).toBe(
      'Your transfer application was sent to the agency (pension insurance, medical insurance, housing provident fund); expected completion by 2027-01-25',
    );
  });

  it('moves the later deadlines when a step completes, and lists late steps', () => {
    const c = run(sentCase(), [{ type: 'agency-accept', insurance: 'pension' }, '2026-11-25T09:00:00+08:00']).case;
    const r = transition(c, { type: 'complete-step', insurance: 'pension', step: 'destination-acceptance-letter' }, { now: '2026-12-01T16:00:00+08:00' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const pension = r.case.items.find((i) => i.insurance === 'pension')!;
    expect(pension.steps.map((s) => [s.step, s.completedAt ?? null, s.due])).toEqual([
      ['destination-acceptance-letter', '2026-12-01', '2026-12-11'],
      ['origin-transfer', null, '2026-12-22'],
      // 15 working days from 12-22, New Year's Day (2027, predicted) not among them
      ['destination-completion', null, '2027-01-13'],
    ]);
    expect(pension.estimatedCompletion).toBe('2027-01-13');
    expect(r.effects).toContainEqual({ type: 'deadline', insurance: 'pension', step: 'origin-transfer', due: '2026-12-22' });
    const late = overdue(r.case, '2026-12-07T09:00:00+08:00');
    expect(late.map((l) => [l.insurance, l.step, l.due, l.workingDaysLate])).toEqual([
      ['medical', 'origin-transfer', '2026-12-04', 1],
      ['housing-fund', 'destination-acceptance', '2026-11-25', 8],
    ]);
    expect(() => overdue(r.case, 'yesterday')).toThrow(InvalidDateError);
  });
});

describe('deadlines around Chinese holidays', () => {
  function sentOn(applicationDate: string, now: string): TransferCase {
    const app: Record<string, any> = { ...guiyangToHarbin(), applicationDate, separationDate: '2025-08-31' };
    app.materials.forEach((m: { issuedDate?: string }) => (m.issuedDate = '2025-09-01'));
    app.contributions.pension.lastPaidMonth = '2025-08';
    app.contributions.medical.lastPaidMonth = '2025-08';
    return run(createCase(app, { now }), [{ type: 'submit' }, now], [{ type: 'approve' }, now], [{ type: 'send-to-agency' }, now]).case;
  }

  it('skips the 2025 National Day holiday and counts the Saturday worked in lieu', () => {
    const c = sentOn('2025-09-26', '2025-09-26T10:00:00+08:00');
    const medical = c.items.find((i) => i.insurance === 'medical')!;
    // 09-28 (Sunday, worked), 09-29, 09-30, then 10-09, 10-10, 10-11 (Saturday, worked), 10-13 …
    expect(medical.steps.map((s) => s.due)).toEqual(['2025-10-16', '2025-10-23', '2025-10-30']);
    const housing = c.items.find((i) => i.insurance === 'housing-fund')!;
    // Only the destination's 3 working days have a source; the steps after it are not dated.
    expect(housing.steps.map((s) => s.due)).toEqual(['2025-09-30', undefined, undefined]);
  });

  it('skips the 2026 Spring Festival and counts its two Saturdays worked in lieu', () => {
    const c = sentOn('2026-02-13', '2026-02-13T10:00:00+08:00');
    const housing = c.items.find((i) => i.insurance === 'housing-fund')!;
    // 02-14 (Saturday, worked), 02-15..02-23 off, 02-24, 02-25 …, 02-28 (Saturday, worked)
    expect(housing.steps[0]!.due).toBe('2026-02-25');
    const medical = c.items.find((i) => i.insurance === 'medical')!;
    // 10 working days: 02-14, 02-24..02-27, 02-28 (Saturday, worked), 03-02..03-05
    expect(medical.steps[0]!.due).toBe('2026-03-05');
  });

  it('counts the date in China, not in UTC', () => {
    // 17:30 UTC on 2026-11-20 is already Saturday 2026-11-21 in Harbin.
    const c = sentOn('2026-11-20', '2026-11-20T17:30:00Z');
    const housing = c.items.find((i) => i.insurance === 'housing-fund')!;
    expect(housing.steps[0]!.due).toBe('2026-11-25');
    expect(c.history.at(-1)!.at).toBe('2026-11-20T17:30:00.000Z');
  });
});

describe('detours', () => {
  it('HR returns the application with a reason; the employee edits and resubmits', () => {
    let c = run(createCase(guiyangToHarbin(), { now: T0 }), [{ type: 'submit', actor: employee }, T0]).case;
    expect(transition(c, { type: 'return', actor: hr }, { now: T0 })).toMatchObject({ ok: false, error: { code: 'missing-reason' } });
    expect(transition(c, { type: 'return', reason: { code: 'other' } }, { now: T0 })).toMatchObject({ ok: false, error: { code: 'missing-reason' } });
    expect(transition(c, { type: 'return', reason: { code: 'too-late' } as never }, { now: T0 })).toMatchObject({ ok: false, error: { code: 'invalid-reason' } });
    const returned = transition(c, { type: 'return', actor: hr, reason: { code: 'materials-incomplete', text: '凭证未盖章' } }, { now: T0 });
    expect(returned.ok).toBe(true);
    if (!returned.ok) return;
    c = returned.case;
    expect(caseState(c)).toBe('returned');
    expect(returned.effects).toEqual([
      expect.objectContaining({ type: 'notify', to: 'employee', template: 'case-returned', data: expect.objectContaining({ reason: '材料不齐全（凭证未盖章）' }) }),
    ]);
    expect(c.history.at(-1)).toMatchObject({ event: 'return', reason: { code: 'materials-incomplete', text: '凭证未盖章' }, actor: hr });
    const edited = { ...guiyangToHarbin(), insuranceTypes: ['pension', 'medical'] };
    c = run(c, [{ type: 'edit', application: edited, actor: employee }, T0], [{ type: 'submit', actor: employee }, T0]).case;
    expect(caseState(c)).toBe('pending-review');
    expect(c.applicationVersion).toBe(2);
    expect(c.items.map((i) => i.insurance)).toEqual(['pension', 'medical']);
    expect(c.history.find((h) => h.event === 'edit')).toMatchObject({ from: 'returned', to: 'returned', applicationVersion: 2 });
  });

  it('refuses to submit an application that still has errors, with the errors', () => {
    const app = guiyangToHarbin();
    app.from.region = '贵州市';
    const r = transition(createCase(app, { now: T0 }), { type: 'submit' }, { now: T0 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('validation-failed');
    expect(r.error.issues?.map((i) => i.code)).toEqual(['region.unknown']);
    expect(r.error.message).toBe('申请仍有 1 处错误，不能提交');
  });

  it('the agency rejects one item: the others go on, and only that one is sent again', () => {
    let c = run(sentCase(), [{ type: 'agency-accept' }, '2026-11-24T09:00:00+08:00']).case;
    const rejected = transition(c, { type: 'agency-reject', insurance: 'medical', reason: { code: 'information-wrong', text: '参保凭证号码有误' } }, { now: '2026-11-26T09:00:00+08:00' });
    expect(rejected.ok).toBe(true);
    if (!rejected.ok) return;
    c = rejected.case;
    expect(caseState(c)).toBe('returned');
    expect(c.items.map((i) => [i.insurance, i.state])).toEqual([
      ['pension', 'accepted'],
      ['medical', 'rejected'],
      ['housing-fund', 'accepted'],
    ]);
    expect(notifications(rejected.effects)).toEqual(['employee:item-rejected']);
    // The other items keep moving while the employee fixes the rejected one.
    c = run(c, [{ type: 'agency-complete', insurance: 'housing-fund' }, '2026-11-27T09:00:00+08:00']).case;
    c = run(
      c,
      [{ type: 'edit', application: guiyangToHarbin(), actor: employee }, '2026-11-27T10:00:00+08:00'],
      [{ type: 'submit', actor: employee }, '2026-11-27T10:00:00+08:00'],
      [{ type: 'approve', actor: hr }, '2026-11-27T11:00:00+08:00'],
    ).case;
    const again = transition(c, { type: 'send-to-agency', actor: hr }, { now: '2026-11-27T12:00:00+08:00' });
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.case.history.at(-1)!.insurance).toEqual(['medical']);
    expect(again.case.items.map((i) => [i.insurance, i.state])).toEqual([
      ['pension', 'accepted'],
      ['medical', 'submitted'],
      ['housing-fund', 'completed'],
    ]);
    expect(caseState(again.case)).toBe('in-transfer');
    expect(again.case.items[1]!.rejection).toBeUndefined();
  });

  it('the employee may withdraw until the agency accepts', () => {
    const c = sentCase();
    const withdrawn = transition(c, { type: 'withdraw', actor: employee }, { now: '2026-11-21T09:00:00+08:00' });
    expect(withdrawn.ok && caseState(withdrawn.case)).toBe('withdrawn');
    expect(withdrawn.ok && notifications(withdrawn.effects)).toEqual(['hr:case-withdrawn']);
    const accepted = run(c, [{ type: 'agency-accept', insurance: 'medical' }, '2026-11-21T09:00:00+08:00']).case;
    const refused = transition(accepted, { type: 'withdraw' }, { now: '2026-11-22T09:00:00+08:00' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-transition', state: 'in-transfer' } });
    // Returned by the agency for one item while another is accepted: still too late to withdraw.
    const mixed = run(accepted, [{ type: 'agency-reject', insurance: 'pension', reason: { code: 'policy-not-met' } }, '2026-11-22T09:00:00+08:00']).case;
    expect(caseState(mixed)).toBe('returned');
    const late = transition(mixed, { type: 'withdraw' }, { now: '2026-11-23T09:00:00+08:00' });
    expect(!late.ok && late.error.message).toBe('案件当前为「已退回」，不能撤回申请：经办机构已受理基本医疗保险');
    // Nothing moves a withdrawn case.
    if (!withdrawn.ok) return;
    for (const type of ['submit', 'edit', 'approve', 'agency-accept', 'withdraw'] as const) {
      expect(transition(withdrawn.case, { type, application: {} }, { now: '2026-11-24T09:00:00+08:00' })).toMatchObject({ ok: false, error: { code: 'invalid-transition' } });
    }
  });

  it('approves a batch, reporting the one that cannot be approved without stopping the others', () => {
    const ready = (id: string) => run(createCase({ ...guiyangToHarbin(), id }, { now: T0 }), [{ type: 'submit' }, T0]).case;
    const draft = createCase({ ...guiyangToHarbin(), id: 'APP-3' }, { now: T0 });
    const batch = transitionMany([ready('APP-1'), draft, ready('APP-2'), { not: 'a case' }], { type: 'approve', actor: hr }, { now: T0 });
    expect(batch.succeeded).toBe(2);
    expect(batch.failed).toBe(2);
    expect(batch.results.map((r) => [r.index, r.id ?? null, r.ok, r.error?.code ?? null])).toEqual([
      [0, 'APP-1', true, null],
      [1, 'APP-3', false, 'invalid-transition'],
      [2, 'APP-2', true, null],
      [3, null, false, 'invalid-case'],
    ]);
    expect(caseState(batch.results[0]!.case!)).toBe('approved');
  });
});

describe('refusals and safety', () => {
  const c = createCase(guiyangToHarbin(), { now: T0 });

  it('refuses bad events, times, cases and versions with typed errors', () => {
    expect(transition(c, { type: 'fly' }, { now: T0 })).toMatchObject({ ok: false, error: { code: 'invalid-event' } });
    expect(transition(c, null, { now: T0 })).toMatchObject({ ok: false, error: { code: 'invalid-event' } });
    expect(transition(c, { type: 'submit' }, { now: '2026-11-20' })).toMatchObject({ ok: false, error: { code: 'invalid-time' } });
    expect(transition({ ...c, schemaVersion: 2 }, { type: 'submit' }, { now: T0 })).toMatchObject({ ok: false, error: { code: 'invalid-case' } });
    expect(transition('case', { type: 'submit' }, { now: T0 })).toMatchObject({ ok: false, error: { code: 'invalid-case' } });
    expect(transition(c, { type: 'submit' }, { now: T0, expectedVersion: 2 })).toMatchObject({ ok: false, error: { code: 'version-conflict' } });
    expect(transition(c, { type: 'approve' }, { now: T0 })).toMatchObject({ ok: false, error: { code: 'invalid-transition', state: 'draft', event: 'approve' } });
    expect(transition(c, { type: 'edit' }, { now: T0 })).toMatchObject({ ok: false, error: { code: 'invalid-event' } });
    expect(transition(c, { type: 'submit', actor: { role: 'agency' } }, { now: T0 })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    const sent = sentCase();
    const LATER = '2026-11-23T09:00:00+08:00';
    expect(transition(sent, { type: 'agency-accept', insurance: 'maternity' }, { now: LATER })).toMatchObject({ ok: false, error: { code: 'unknown-item' } });
    const accepted = run(sent, [{ type: 'agency-accept' }, LATER]).case;
    expect(transition(accepted, { type: 'complete-step', step: 'teleport' }, { now: LATER })).toMatchObject({ ok: false, error: { code: 'unknown-step' } });
    expect(transition(accepted, { type: 'agency-reject' }, { now: LATER })).toMatchObject({ ok: false, error: { code: 'missing-reason' } });
  });

  it('never mutates the case it is given', () => {
    const frozen = structuredClone(sentCase());
    deepFreeze(frozen);
    const r = transition(frozen, { type: 'agency-accept' }, { now: '2026-11-23T09:00:00+08:00' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.case).not.toBe(frozen);
  });

  it('keeps cases as plain JSON: a stored and reloaded case moves on', () => {
    const stored = JSON.parse(JSON.stringify(sentCase()));
    const r = transition(stored, { type: 'agency-accept' }, { now: '2026-11-23T09:00:00+08:00' });
    expect(r.ok).toBe(true);
    const weird = createCase({ ...guiyangToHarbin(), extra: () => 1, big: 10n, when: new Date(0), nan: NaN }, { now: T0 });
    expect(JSON.parse(JSON.stringify(weird))).toEqual(weird);
  });

  it('throws a typed error for an invalid now on createCase, a programmer error', () => {
    expect(() => createCase(guiyangToHarbin(), { now: 'now' })).toThrow(InvalidDateError);
  });
});

describe('snapshots', () => {
  it('reads a current snapshot and refuses unknown versions and broken ones', () => {
    const c = JSON.parse(JSON.stringify(sentCase()));
    expect(upgradeCase(c)).toMatchObject({ ok: true, from: 1, case: { id: 'APP-2026-0001' } });
    expect(upgradeCase({ ...c, schemaVersion: 9 })).toMatchObject({ ok: false, error: { code: 'invalid-case' } });
    expect(upgradeCase({ ...c, items: 'none' })).toMatchObject({ ok: false, error: { code: 'invalid-case' } });
    expect(upgradeCase(null)).toMatchObject({ ok: false, error: { code: 'invalid-case' } });
  });
});

describe('the machine as data', () => {
  it('renders a Mermaid state diagram with every state and edge', () => {
    const diagram = toMermaid();
    expect(diagram.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(diagram).toContain('state "待HR审核" as pending_review');
    expect(diagram).toContain('approved --> submitted: send-to-agency');
    expect(diagram.split('\n').filter((l) => l.includes('-->')).length).toBe(CASE_DIAGRAM.length + 3);
    expect(toMermaid({ locale: 'en' })).toContain('state "pending HR review" as pending_review');
  });

  it('every edge of the diagram can be taken', () => {
    const reach: Record<string, () => TransferCase> = {
      draft: () => createCase(guiyangToHarbin(), { now: T0 }),
      'pending-review': () => run(reach.draft!(), [{ type: 'submit' }, T0]).case,
      approved: () => run(reach['pending-review']!(), [{ type: 'approve' }, T0]).case,
      returned: () => run(reach['pending-review']!(), [{ type: 'return', reason: { code: 'information-wrong' } }, T0]).case,
      submitted: () => run(reach.approved!(), [{ type: 'send-to-agency' }, T0]).case,
      'in-transfer': () => run(reach.submitted!(), [{ type: 'agency-accept' }, T0]).case,
    };
    const payload: Partial<CaseEvent> = { application: guiyangToHarbin(), reason: { code: 'other', text: '测试' }, step: 'destination-acceptance-letter', insurance: 'pension' };
    for (const edge of CASE_DIAGRAM) {
      let c = reach[edge.from]!();
      if (edge.event === 'agency-complete' && edge.to === 'completed') {
        c = run(c, [{ type: 'agency-complete', insurance: 'medical' }, T0], [{ type: 'agency-complete', insurance: 'housing-fund' }, T0]).case;
      }
      const event = { type: edge.event, ...(['return', 'agency-reject'].includes(edge.event) ? { reason: payload.reason } : {}), ...(edge.event === 'edit' ? { application: payload.application } : {}), ...(edge.event === 'complete-step' ? { step: payload.step, insurance: 'pension' } : {}), ...(edge.event === 'agency-complete' ? { insurance: 'pension' } : {}) } as CaseEvent;
      const r = transition(c, event, { now: T0 });
      expect(r.ok, `${edge.from} --${edge.event}--> ${edge.to}: ${r.ok ? '' : r.error.code}`).toBe(true);
      if (r.ok) expect(caseState(r.case), `${edge.from} --${edge.event}-->`).toBe(edge.to);
    }
  });
});

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

describe('transitionMany with something that is not a list', () => {
  it('a revoked Proxy as the list is one invalid-case outcome', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(transitionMany(proxy, { type: 'approve' }, { now: T0 })).toMatchObject({ succeeded: 0, failed: 1, results: [{ ok: false, error: { code: 'invalid-case' } }] });
  });

  it('reports one invalid-case outcome instead of throwing', () => {
    expect(transitionMany('cases' as never, { type: 'approve' }, { now: T0 })).toMatchObject({
      succeeded: 0,
      failed: 1,
      results: [{ index: 0, ok: false, error: { code: 'invalid-case' } }],
    });
  });
});

describe('time runs forward', () => {
  it('refuses an event dated before the case’s last entry, in words HR reads', () => {
    const c = sentCase();
    const r = transition(c, { type: 'agency-accept' }, { now: '2026-11-19T09:00:00+08:00' });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'out-of-order',
        message: '这项操作的时间（2026-11-19 09:00）早于案件的上一条办理记录（2026-11-20 12:00），办理记录不能倒序',
        messageEn: 'This action is dated 2026-11-19 09:00, before the case’s last entry (2026-11-20 12:00); entries cannot go back in time',
        event: 'agency-accept',
      },
    });
    // The same instant as the last entry is not earlier.
    expect(transition(c, { type: 'agency-accept' }, { now: '2026-11-20T04:00:00Z' }).ok).toBe(true);
  });

  it('keeps every history in time order over random clocks that may go back', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('submit', 'approve', 'send-to-agency', 'agency-accept', 'agency-complete', 'return'), fc.integer({ min: -600, max: 600 })), { maxLength: 15 }), (steps) => {
        let c = createCase(guiyangToHarbin(), { now: T0 });
        let clock = Date.parse(T0);
        for (const [type, minutes] of steps) {
          clock += minutes * 60_000;
          const last = Date.parse(c.history.at(-1)!.at);
          const r = transition(c, { type, reason: { code: 'other', text: '补充材料' } } as CaseEvent, { now: new Date(clock).toISOString() });
          if (clock < last) expect(r.ok ? 'ok' : r.error.code).toBe('out-of-order');
          if (r.ok) c = r.case;
        }
        const times = c.history.map((h) => Date.parse(h.at));
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });
});

describe('what each event closes', () => {
  it('agency-accept closes the steps that end with acceptance; the letter step stays open until the letter', () => {
    const c = sentCase();
    const accepted = run(c, [{ type: 'agency-accept', insurance: 'pension' }, '2026-11-23T09:00:00+08:00']).case;
    // In the bundled rules the pension's first step ends with the 联系函, not with acceptance.
    expect(accepted.items.find((i) => i.insurance === 'pension')!.steps.map((s) => [s.step, s.endsWith, s.completedAt ?? null])).toEqual([
      ['destination-acceptance-letter', 'letter-sent', null],
      ['origin-transfer', 'transferred-out', null],
      ['destination-completion', 'completed', null],
    ]);
    // A policy whose step ends with acceptance (a stored case made under it): closed by agency-accept, and overdue agrees.
    const stored = JSON.parse(JSON.stringify(c)) as TransferCase;
    stored.items.find((i) => i.insurance === 'housing-fund')!.steps[0]!.endsWith = 'accepted';
    const late = '2026-12-21T09:00:00+08:00';
    expect(overdue(stored, late).map((o) => `${o.insurance}/${o.step}`)).toContain('housing-fund/destination-acceptance');
    const r = transition(stored, { type: 'agency-accept', insurance: 'housing-fund' }, { now: '2026-11-23T09:00:00+08:00' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const fund = r.case.items.find((i) => i.insurance === 'housing-fund')!;
    expect(fund.steps[0]).toMatchObject({ step: 'destination-acceptance', completedAt: '2026-11-23' });
    expect(overdue(r.case, late).map((o) => `${o.insurance}/${o.step}`)).not.toContain('housing-fund/destination-acceptance');
  });
});

describe('cheap at volume', () => {
  it('shares what an event leaves alone with the case it was given, frozen', () => {
    const c = sentCase();
    const r = transition(c, { type: 'agency-accept', insurance: 'pension' }, { now: '2026-11-23T09:00:00+08:00' });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.case.application).toBe(c.application);
    expect(r.case.validation).toBe(c.validation);
    expect(r.case.items.find((i) => i.insurance === 'medical')).toBe(c.items.find((i) => i.insurance === 'medical'));
    expect(r.case.history.slice(0, -1).every((h, i) => h === c.history[i])).toBe(true);
    expect(Object.isFrozen(r.case.items) && Object.isFrozen(r.case.history.at(-1)) && Object.isFrozen(r.case.validation)).toBe(true);
    expect(() => {
      (r.case.items[0] as { state: string }).state = 'completed';
    }).toThrow(TypeError);
    // A JSON copy is the host's own again, and moves on the same way.
    const copy = JSON.parse(JSON.stringify(c)) as TransferCase;
    const again = transition(copy, { type: 'agency-accept', insurance: 'pension' }, { now: '2026-11-23T09:00:00+08:00' });
    expect(again.ok && again.case).toEqual(r.case);
  });

  it('a host object placed in a case is read, not trusted: swapping in a bad part is refused', () => {
    const c = sentCase();
    const items = c.items.map((i) => ({ ...i, state: 'teleported' }));
    const r = transition({ ...c, items }, { type: 'agency-accept' }, { now: '2026-11-23T09:00:00+08:00' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-case', message: '案件数据不完整或已损坏，无法办理' } });
    expect(!r.ok && r.error.detail).toMatch(/^items\.0\.state: /);
    expect(Object.isFrozen(items)).toBe(false);
  });
});
