/**
 * summarizeCases over generated case histories, against figures worked out here from the
 * generator's own ledger — not by calling the summary — plus the edge cases by hand: an event whose
 * UTC date is the day before its China date, and a case that runs through National Day.
 */
import { describe, expect, it } from 'vitest';
import { createCase, createCaseSummary, overdue, OVERDUE_LISTED, renderStatisticsHtml, summarizeCases, transition, workingDaysBetween, type CaseEvent, type TransferCase } from '../src/index.js';
import { guiyangToHarbin } from './support/fixtures.js';
import { generateCases, type GeneratedCase } from './support/generate-cases.js';

const GENERATED = generateCases(400, 7);
const CASES = GENERATED.map((g) => g.case);

const inPeriod = (date: string, from?: string, to?: string) => (from === undefined || date >= from) && (to === undefined || date <= to);
const dayDiff = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
const median = (values: number[]) => {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length / 2;
  return s.length % 2 ? s[Math.floor(mid)]! : (s[mid - 1]! + s[mid]!) / 2;
};
const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
const p90 = (values: number[]) => (values.length === 0 ? null : [...values].sort((a, b) => a - b)[Math.ceil((90 * values.length) / 100) - 1]!);

/** The figures, straight from what the generator did. */
function expected(generated: GeneratedCase[], from?: string, to?: string) {
  const months = new Map<string, Record<string, number>>();
  const bump = (date: string, key: string) => {
    const m = date.slice(0, 7);
    const row = months.get(m) ?? { submitted: 0, completed: 0, returned: 0, rejected: 0, withdrawn: 0 };
    row[key] = (row[key] ?? 0) + 1;
    months.set(m, row);
  };
  const routes = new Map<string, number>();
  const working: number[] = [];
  const calendar: number[] = [];
  const reasons = new Map<string, number>();
  const perInsurance = new Map<string, { items: number; days: number[] }>();
  for (const g of generated) {
    const submits = g.ledger.filter((e) => e.event === 'submit');
    const first = submits[0]?.date;
    if (first && inPeriod(first, from, to)) bump(first, 'submitted');
    const completion = g.ledger.find((e) => e.completesCase);
    if (completion && inPeriod(completion.date, from, to)) {
      bump(completion.date, 'completed');
      if (first) {
        working.push(workingDaysBetween(first, completion.date));
        calendar.push(dayDiff(first, completion.date));
      }
    }
    for (const e of g.ledger.filter((x) => inPeriod(x.date, from, to))) {
      if (e.event === 'return') bump(e.date, 'returned');
      if (e.event === 'agency-reject') bump(e.date, 'rejected');
      if (e.event === 'withdraw') bump(e.date, 'withdrawn');
      if (e.reason && (e.event === 'return' || e.event === 'agency-reject')) {
        const key = `${e.event === 'return' ? 'hr' : 'agency'}:${e.reason}`;
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
      }
    }
    if (submits.some((s) => inPeriod(s.date, from, to))) {
      routes.set(`${g.from}>${g.to}`, (routes.get(`${g.from}>${g.to}`) ?? 0) + 1);
      for (const item of g.case.items) {
        const row = perInsurance.get(item.insurance) ?? { items: 0, days: [] };
        row.items += 1;
        const done = g.ledger.find((e) => e.event === 'agency-complete' && e.insurance === item.insurance);
        if (done && first) row.days.push(workingDaysBetween(first, done.date));
        perInsurance.set(item.insurance, row);
      }
    }
  }
  const total = [...reasons.values()].reduce((a, b) => a + b, 0);
  return { months, routes, working, calendar, reasons, total, perInsurance };
}

describe('summarizeCases on generated histories', () => {
  it('counts what the generator did, month by month, route by route', () => {
    const result = summarizeCases(CASES);
    const want = expected(GENERATED);
    expect(result.cases).toBe(400);
    expect(result.invalid).toBe(0);
    for (const row of result.byMonth) {
      const { month, ...counts } = row;
      expect(counts, month).toEqual(want.months.get(month) ?? { submitted: 0, completed: 0, returned: 0, rejected: 0, withdrawn: 0 });
    }
    expect(result.byMonth.map((r) => r.month)).toEqual(expect.arrayContaining([...want.months.keys()]));
    expect(Object.fromEntries(result.byRoute.map((r) => [`${r.from}>${r.to}`, r.cases]))).toEqual(Object.fromEntries(want.routes));
    expect(result.byRoute[0]!.to).toBe('44'); // most people go to Guangdong
    expect(result.byRoute.map((r) => r.cases)).toEqual([...result.byRoute.map((r) => r.cases)].sort((a, b) => b - a));
  });

  it('measures processing time from the first submit to completion, in working and calendar days', () => {
    const { processing } = summarizeCases(CASES);
    const want = expected(GENERATED);
    expect(processing.completed).toBe(want.working.length);
    expect(processing.meanWorkingDays).toBeCloseTo(mean(want.working)!, 10);
    expect(processing.medianWorkingDays).toBe(median(want.working));
    expect(processing.p90WorkingDays).toBe(p90(want.working));
    expect(processing.meanCalendarDays).toBeCloseTo(mean(want.calendar)!, 10);
    expect(processing.medianCalendarDays).toBe(median(want.calendar));
    const buckets = new Map<number, number>();
    for (const d of want.working) buckets.set(Math.floor(d / 10), (buckets.get(Math.floor(d / 10)) ?? 0) + 1);
    processing.distribution.forEach((b, i) => {
      expect([b.from, b.to]).toEqual([i * 10, i * 10 + 9]);
      expect(b.count).toBe(buckets.get(i) ?? 0);
    });
    expect(processing.distribution.reduce((n, b) => n + b.count, 0)).toBe(want.working.length);
  });

  it('gives per insurance type its items, completions and working days', () => {
    const { byInsurance } = summarizeCases(CASES);
    const want = expected(GENERATED);
    for (const row of byInsurance) {
      const w = want.perInsurance.get(row.insurance)!;
      expect(row.items, row.insurance).toBe(w.items);
      expect(row.completed).toBe(w.days.length);
      expect(row.meanWorkingDays).toBeCloseTo(mean(w.days)!, 10);
      expect(row.medianWorkingDays).toBe(median(w.days));
    }
  });

  it('counts return and rejection reasons by source, with shares', () => {
    const { reasons } = summarizeCases(CASES);
    const want = expected(GENERATED);
    expect(Object.fromEntries(reasons.map((r) => [`${r.source}:${r.code}`, r.count]))).toEqual(Object.fromEntries(want.reasons));
    for (const r of reasons) expect(r.share).toBeCloseTo(r.count / want.total, 12);
    expect(reasons.reduce((a, r) => a + r.share, 0)).toBeCloseTo(1, 12);
  });

  it('limits every figure to the period', () => {
    const from = '2026-01-01';
    const to = '2026-03-31';
    const result = summarizeCases(CASES, { from, to });
    const want = expected(GENERATED, from, to);
    expect(result.period).toEqual({ from, to });
    expect(result.byMonth.every((r) => r.month >= '2026-01' && r.month <= '2026-03')).toBe(true);
    for (const row of result.byMonth) {
      const { month, ...counts } = row;
      expect(counts, month).toEqual(want.months.get(month) ?? { submitted: 0, completed: 0, returned: 0, rejected: 0, withdrawn: 0 });
    }
    expect(result.processing.completed).toBe(want.working.length);
    expect(result.processing.medianWorkingDays).toBe(median(want.working));
    expect(Object.fromEntries(result.byRoute.map((r) => [`${r.from}>${r.to}`, r.cases]))).toEqual(Object.fromEntries(want.routes));
  });

  it('counts overdue steps as of `now`, and only with it', () => {
    const now = '2026-06-15T04:00:00Z';
    const result = summarizeCases(CASES, { now });
    let cases = 0;
    let steps = 0;
    for (const c of CASES) {
      const late = c.items
        .filter((i) => i.state === 'submitted' || i.state === 'accepted')
        .flatMap((i) => i.steps)
        .filter((s) => !s.completedAt && s.due && s.due < '2026-06-15').length;
      if (late > 0) cases += 1;
      steps += late;
    }
    expect(result.overdue).toMatchObject({ cases, steps, now: '2026-06-15T04:00:00.000Z', listed: Math.min(steps, OVERDUE_LISTED) });
    expect(cases).toBeGreaterThan(0);
    // The list is what overdue() says of each case, the most late first.
    const all = CASES.flatMap((c) => overdue(c, now).map((o) => ({ id: c.id, insurance: o.insurance, step: o.step, due: o.due, workingDaysLate: o.workingDaysLate })));
    const listed = result.overdue!.list;
    expect(listed).toHaveLength(Math.min(all.length, OVERDUE_LISTED));
    expect(listed.map((o) => o.workingDaysLate)).toEqual([...all.map((o) => o.workingDaysLate)].sort((a, b) => b - a).slice(0, OVERDUE_LISTED));
    for (const o of listed) expect(all).toContainEqual({ id: o.id, insurance: o.insurance, step: o.step, due: o.due, workingDaysLate: o.workingDaysLate });
    expect(summarizeCases(CASES).overdue).toBeNull();
  });

  it('streams: createCaseSummary gives the same figures one case at a time', () => {
    const summary = createCaseSummary({ from: '2025-10-01' });
    for (const c of CASES) summary.add(JSON.parse(JSON.stringify(c)));
    expect(summary.result()).toEqual(summarizeCases(CASES, { from: '2025-10-01' }));
  });
});

describe('summarizeCases by hand', () => {
  /** The seed application, dated `start` (China date), with documents issued a few days before. */
  function applicationOn(start: string): Record<string, any> {
    const date = new Date(Date.parse(start) + 8 * 3_600_000).toISOString().slice(0, 10);
    const before = (days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
    const app = guiyangToHarbin();
    app.applicationDate = date;
    app.separationDate = before(30);
    app.insuranceTypes = ['pension', 'medical', 'housing-fund'];
    app.contributions.pension.lastPaidMonth = before(30).slice(0, 7);
    app.contributions.medical.lastPaidMonth = before(30).slice(0, 7);
    for (const m of app.materials) if (m.issuedDate) m.issuedDate = before(5);
    return app;
  }

  function run(events: [CaseEvent, string][], start: string): TransferCase {
    let c = createCase(applicationOn(start), { now: start });
    for (const [event, now] of events) {
      const r = transition(c, event, { now });
      if (!r.ok) throw new Error(r.error.messageEn);
      c = r.case;
    }
    return c;
  }

  it('dates an event by China, not UTC: 2026-01-31T16:30Z is February in Harbin', () => {
    const c = run([[{ type: 'submit' }, '2026-01-31T16:30:00Z']], '2026-01-31T10:00:00Z');
    const { byMonth } = summarizeCases([c]);
    expect(byMonth).toEqual([{ month: '2026-02', submitted: 1, completed: 0, returned: 0, rejected: 0, withdrawn: 0 }]);
  });

  it('counts working days across National Day: 2025-09-29 to 2025-10-10 is 3 working days, 11 calendar days', () => {
    const c = run(
      [
        [{ type: 'submit' }, '2025-09-29T02:00:00Z'],
        [{ type: 'approve' }, '2025-09-29T03:00:00Z'],
        [{ type: 'send-to-agency' }, '2025-09-29T04:00:00Z'],
        ...['pension', 'medical', 'housing-fund'].map((insurance): [CaseEvent, string] => [{ type: 'agency-accept', insurance: insurance as never }, '2025-09-30T02:00:00Z']),
        ...['pension', 'medical', 'housing-fund'].map((insurance): [CaseEvent, string] => [{ type: 'agency-complete', insurance: insurance as never }, '2025-10-10T02:00:00Z']),
      ],
      '2025-09-28T02:00:00Z',
    );
    const { processing, byMonth, byInsurance } = summarizeCases([c]);
    expect(processing).toEqual({
      completed: 1,
      meanWorkingDays: 3,
      medianWorkingDays: 3,
      p90WorkingDays: 3,
      meanCalendarDays: 11,
      medianCalendarDays: 11,
      distribution: [{ from: 0, to: 9, count: 1 }],
      setAside: 0,
    });
    expect(byMonth.map((r) => [r.month, r.submitted, r.completed])).toEqual([
      ['2025-09', 1, 0],
      ['2025-10', 0, 1],
    ]);
    expect(byInsurance.map((r) => [r.insurance, r.completed, r.meanWorkingDays])).toEqual([
      ['pension', 1, 3],
      ['medical', 1, 3],
      ['housing-fund', 1, 3],
    ]);
  });

  it('takes the median of an even count as the mean of the middle two, and p90 by nearest rank', () => {
    const base = (completeOn: string): TransferCase =>
      run(
        [
          [{ type: 'submit' }, '2026-03-02T02:00:00Z'],
          [{ type: 'approve' }, '2026-03-02T03:00:00Z'],
          [{ type: 'send-to-agency' }, '2026-03-02T04:00:00Z'],
          ...['pension', 'medical', 'housing-fund'].map((insurance): [CaseEvent, string] => [{ type: 'agency-accept', insurance: insurance as never }, '2026-03-03T02:00:00Z']),
          ...['pension', 'medical', 'housing-fund'].map((insurance): [CaseEvent, string] => [{ type: 'agency-complete', insurance: insurance as never }, completeOn]),
        ],
        '2026-03-01T02:00:00Z',
      );
    // Monday 2026-03-02 + 1, 2, 4 and 9 working days.
    const cases = ['2026-03-03', '2026-03-04', '2026-03-06', '2026-03-13'].map((d) => base(`${d}T02:00:00Z`));
    const { processing } = summarizeCases(cases);
    expect(processing.medianWorkingDays).toBe(3);
    expect(processing.p90WorkingDays).toBe(9);
    expect(processing.meanWorkingDays).toBe(4);
  });

  it('are set aside from the processing times and counted, never giving negative durations', () => {
    const good = run(
      [
        [{ type: 'submit' }, '2026-03-02T02:00:00Z'],
        [{ type: 'approve' }, '2026-03-02T03:00:00Z'],
        [{ type: 'send-to-agency' }, '2026-03-02T04:00:00Z'],
        [{ type: 'agency-complete' }, '2026-03-09T02:00:00Z'],
      ],
      '2026-03-01T02:00:00Z',
    );
    // As an older version could store it: completed before it was submitted.
    const backwards = structuredClone(good) as TransferCase;
    backwards.history[1]!.at = '2026-04-20T02:00:00.000Z';
    const s = summarizeCases([good, backwards]);
    expect(s.processing).toMatchObject({ completed: 1, meanWorkingDays: 5, setAside: 1 });
    expect(s.byInsurance.every((i) => (i.meanWorkingDays ?? 0) >= 0)).toBe(true);
    expect(renderStatisticsHtml(s)).toContain('另有 <span data-figure="processing.setAside" data-value="1">1</span> 件的办理记录时间倒序，未计入办理时长。');
  });

  it('skips and counts what is not a case, and never throws on it', () => {
    const c = run([[{ type: 'submit' }, '2026-03-02T02:00:00Z']], '2026-03-01T02:00:00Z');
    const broken = { ...c, history: [{ event: 'submit', at: 'yesterday', to: 'pending-review' }] };
    const throwing = Object.defineProperty({ ...c }, 'history', { enumerable: true, get: () => { throw new Error('boom'); } });
    const result = summarizeCases([null, 'x', 42, {}, [], broken, throwing, c]);
    expect(result).toMatchObject({ cases: 1, invalid: 7 });
  });

  it('refuses options that are not dates, as a programmer error', () => {
    expect(() => summarizeCases([], { from: '2026-13-01' })).toThrow(/from must be a YYYY-MM-DD date/i);
    expect(() => summarizeCases([], { now: 'now' })).toThrow(/now must be an ISO 8601 instant/i);
    expect(() => summarizeCases(42 as never)).toThrow(/iterable/);
  });
});

