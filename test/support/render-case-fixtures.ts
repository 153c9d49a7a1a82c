/**
 * Stored cases as a host keeps them, for `impact` and its tests: made with createCase and
 * transition from the seed application, one case per situation worth seeing.
 */
import { readFileSync } from 'node:fs';
import { createCase, transition, type CaseEvent, type TransferCase } from '../../src/index.js';

const seed = (): Record<string, any> => JSON.parse(readFileSync(new URL('../../fixtures/applications/guiyang-to-harbin.json', import.meta.url), 'utf8'));

function run(c: TransferCase, events: CaseEvent[], now: string): TransferCase {
  let current = c;
  for (const event of events) {
    const r = transition(current, event, { now });
    if (!r.ok) throw new Error(`${current.id}: ${event.type} refused: ${r.error.messageEn}`);
    current = r.case;
  }
  return current;
}

function caseOf(id: string, changes: Record<string, unknown>, now: string, events: CaseEvent[] = []): TransferCase {
  const application = { ...seed(), ...changes, id };
  return run(createCase(application, { now }), events, now);
}

const HR = { id: 'hr-1', role: 'hr' as const };
const EMPLOYEE = { id: 'e-1', role: 'employee' as const };

/** The cases, in the order they are written. */
export function caseFixtures(): TransferCase[] {
  return [
    caseOf('CASE-2026-0101', { applicationDate: '2026-12-02' }, '2026-12-02T09:00:00+08:00'),
    caseOf('CASE-2026-0102', { applicationDate: '2026-12-03' }, '2026-12-03T10:00:00+08:00', [
      { type: 'submit', actor: EMPLOYEE },
      { type: 'approve', actor: HR },
    ]),
    caseOf('CASE-2026-0103', {}, '2026-11-20T09:00:00+08:00', [{ type: 'submit', actor: EMPLOYEE }]),
    caseOf(
      'CASE-2026-0104',
      {
        applicant: { name: '李四', idNumber: '440106199001011234', hukouRegion: '广州市天河区' },
        from: { region: '广州市天河区' },
        to: { region: '深圳市南山区' },
        applicationDate: '2026-12-02',
        materials: [],
      },
      '2026-12-02T11:00:00+08:00',
    ),
    caseOf('CASE-2026-0105', { applicationDate: '2026-12-02' }, '2026-12-02T15:00:00+08:00', [{ type: 'withdraw', actor: EMPLOYEE }]),
  ];
}

/** One case per line. */
export function renderCaseFixtures(): string {
  return caseFixtures().map((c) => JSON.stringify(c)).join('\n') + '\n';
}
