/** Random event sequences against the state machine: it never throws and keeps its invariants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseState, createCase, INSURANCE_TYPES, isTerminal, transition, type TransferCase } from '../src/index.js';
import { guiyangToHarbin } from './support/fixtures.js';

const EVENT_TYPES = ['edit', 'submit', 'approve', 'return', 'send-to-agency', 'agency-accept', 'agency-reject', 'complete-step', 'agency-complete', 'withdraw', 'bogus'];
const STEPS = ['destination-acceptance-letter', 'origin-transfer', 'destination-completion', 'destination-acceptance', 'nope'];

const faultyApplication = fc.constantFrom(
  () => guiyangToHarbin(),
  () => ({ ...guiyangToHarbin(), from: { region: '贵州市' } }),
  () => ({ ...guiyangToHarbin(), insuranceTypes: ['pension'] }),
  () => 'not an application',
);

const event = fc.record(
  {
    type: fc.constantFrom(...EVENT_TYPES),
    insurance: fc.constantFrom(...INSURANCE_TYPES),
    reason: fc.oneof(
      fc.record({ code: fc.constantFrom('materials-incomplete', 'information-wrong', 'policy-not-met', 'other', 'nonsense'), text: fc.option(fc.string(), { nil: undefined }) }),
      fc.constant(undefined),
    ),
    step: fc.constantFrom(...STEPS),
    application: faultyApplication.map((make) => make()),
    actor: fc.record({ role: fc.constantFrom('employee', 'hr', 'agency', 'system') }, { requiredKeys: [] }),
  },
  { requiredKeys: ['type'] },
);

/** Minutes to move the clock on before each event (up to ten days). */
const tick = fc.integer({ min: 1, max: 14_400 });

/** The event that moves a case on from each state, so that sequences reach the deep states too. */
const NEXT: Record<string, object> = {
  draft: { type: 'submit' },
  returned: { type: 'submit' },
  'pending-review': { type: 'approve' },
  approved: { type: 'send-to-agency' },
  submitted: { type: 'agency-accept' },
  'in-transfer': { type: 'agency-complete' },
};

/** Either a random event or "whatever moves the case on" (null), about half and half. */
const step = fc.tuple(fc.oneof({ arbitrary: event, weight: 1 }, { arbitrary: fc.constant(null), weight: 1 }), tick);

function pick(ev: object | null, c: TransferCase): object {
  return ev ?? NEXT[caseState(c)] ?? { type: 'withdraw' };
}

function invariants(c: TransferCase): void {
  const state = caseState(c);
  expect(c.history.at(-1)!.to).toBe(state);
  expect(c.version).toBe(c.history.length);
  expect(c.history.map((h) => h.seq)).toEqual(c.history.map((_, i) => i + 1));
  if (state === 'completed') expect(c.items.every((i) => i.state === 'completed')).toBe(true);
  if (state === 'in-transfer') expect(c.items.some((i) => i.state === 'accepted' || i.state === 'completed')).toBe(true);
  if (['draft', 'pending-review', 'approved'].includes(state) && c.history.every((h) => h.event !== 'send-to-agency')) {
    expect(c.items.every((i) => i.state === 'waiting')).toBe(true);
  }
  for (const item of c.items) {
    if (item.state !== 'waiting') expect(item.submittedAt).toBeDefined();
    if (item.state === 'rejected') expect(item.rejection).toBeDefined();
  }
  expect(JSON.parse(JSON.stringify(c))).toEqual(c);
}

describe('random event sequences', () => {
  it('never throw, never leave a terminal state, only grow the history, and keep the derived state true', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let c = createCase(guiyangToHarbin(), { now: '2026-11-20T09:00:00+08:00' });
        let clock = Date.parse('2026-11-20T09:00:00+08:00');
        for (const [ev, minutes] of steps) {
          clock += minutes * 60_000;
          const before = JSON.stringify(c);
          const stateBefore = caseState(c);
          const r = transition(c, pick(ev, c), { now: new Date(clock).toISOString() });
          expect(JSON.stringify(c)).toBe(before);
          if (isTerminal(stateBefore)) expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.error.message).toBeTruthy();
            expect(r.error.messageEn).toBeTruthy();
            // Words for the person at the screen: no event ids, parameter names or field paths.
            expect(r.error.message).not.toMatch(/[a-z]{2,}/);
            expect(r.error.messageEn).not.toMatch(/\b(send-to-agency|agency-accept|agency-reject|complete-step|agency-complete|pending-review|in-transfer)\b|\bnow\b|\w+\.\w+/);
            continue;
          }
          expect(r.case.history.slice(0, c.history.length)).toEqual(c.history);
          expect(r.case.history).toHaveLength(c.history.length + 1);
          expect(r.case.history.at(-1)!.from).toBe(stateBefore);
          invariants(r.case);
          c = r.case;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reach every state', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let c = createCase(guiyangToHarbin(), { now: '2026-11-20T09:00:00+08:00' });
        let clock = Date.parse('2026-11-20T09:00:00+08:00');
        seen.add(caseState(c));
        for (const [ev, minutes] of steps) {
          clock += minutes * 60_000;
          const r = transition(c, pick(ev, c), { now: new Date(clock).toISOString() });
          if (r.ok) {
            c = r.case;
            seen.add(caseState(c));
          }
        }
      }),
      { numRuns: 400, seed: 20261120 },
    );
    expect([...seen].sort()).toEqual(['approved', 'completed', 'draft', 'in-transfer', 'pending-review', 'returned', 'submitted', 'withdrawn']);
  });
});
