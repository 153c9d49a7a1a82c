/**
 * Realistic case histories, made deterministically from a seed by driving createCase and
 * transition as a host would: routes weighted like real labour migration (into Guangdong, Zhejiang,
 * Jiangsu, Shanghai and Beijing, some back home), HR returns, agency rejections, withdrawals and
 * cases still open — with event times at all hours, so that many fall on another date in China
 * than in UTC. Beside each case, a ledger of what was done and when (China dates), from which the
 * tests work out the expected figures on their own.
 */
import { readFileSync } from 'node:fs';
import { applyAgencyUpdate, createCase, mod11CheckCharacter, transition, type AgencyUpdate, type CaseEvent, type ReturnReasonCode, type TransferCase } from '../../src/index.js';
import { chinaDate } from '../../src/workflow/china-time.js';
import { seededRandom } from './seeded-random.js';

export interface LedgerEntry {
  event: CaseEvent['type'];
  /** The China date of the event. */
  date: string;
  /** Whether this event completed the case. */
  completesCase: boolean;
  reason?: ReturnReasonCode;
  /** For agency-complete: the insurance type completed. */
  insurance?: string;
}

export interface GeneratedCase {
  case: TransferCase;
  ledger: LedgerEntry[];
  /** Province codes of the route. */
  from: string;
  to: string;
}


function weighted<T>(rand: () => number, choices: [T, number][]): T {
  const total = choices.reduce((n, [, w]) => n + w, 0);
  let r = rand() * total;
  for (const [value, weight] of choices) {
    r -= weight;
    if (r < 0) return value;
  }
  return choices[choices.length - 1]![0];
}

/** Where people leave from (county codes), weighted. */
const ORIGINS: [string, number][] = [
  ['520102', 8], // 贵阳 南明区
  ['510104', 7], // 成都 锦江区
  ['410105', 7], // 郑州 金水区
  ['430102', 6], // 长沙 芙蓉区
  ['340102', 5], // 合肥 瑶海区
  ['360102', 4], // 南昌 东湖区
  ['450102', 4], // 南宁 兴宁区
  ['230102', 3], // 哈尔滨 道里区
  ['440106', 3], // 广州 天河区
];

/** Where they go, weighted like the big receiving provinces. */
const DESTINATIONS: [string, number][] = [
  ['440305', 14], // 深圳 南山区
  ['440106', 10], // 广州 天河区
  ['330106', 9], // 杭州 西湖区
  ['320505', 8], // 苏州 虎丘区
  ['310115', 8], // 上海 浦东新区
  ['110105', 6], // 北京 朝阳区
  ['230102', 3], // 哈尔滨 道里区 (some go home)
  ['520102', 2], // 贵阳 南明区
];

const RETURN_REASONS: [ReturnReasonCode, number][] = [
  ['materials-incomplete', 5],
  ['information-wrong', 3],
  ['policy-not-met', 1],
  ['other', 1],
];

/** A reason as HR or an agency gives it: "other" always with its text. */
function reasonOf(rand: () => number): { code: ReturnReasonCode; text?: string } {
  const code = weighted(rand, RETURN_REASONS);
  return code === 'other' ? { code, text: '需补充说明' } : { code };
}

const DAY = 86_400_000;
const seedApplication = (): Record<string, any> =>
  JSON.parse(readFileSync(new URL('../../fixtures/applications/guiyang-to-harbin.json', import.meta.url), 'utf8'));

function idNumber(rand: () => number, hukou: string): { id: string; birth: string } {
  const year = 1975 + Math.floor(rand() * 26);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const birth = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  const first17 = `${hukou}${birth}${String(100 + Math.floor(rand() * 899))}`;
  return { id: first17 + mod11CheckCharacter(first17), birth: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}` };
}

function application(rand: () => number, id: string, from: string, to: string, submitAt: number): Record<string, any> {
  const app = seedApplication();
  const applicationDate = chinaDate(new Date(submitAt).toISOString());
  const separation = new Date(submitAt - (20 + Math.floor(rand() * 40)) * DAY).toISOString().slice(0, 10);
  const issued = new Date(submitAt - 5 * DAY).toISOString().slice(0, 10);
  const person = idNumber(rand, from);
  app.id = id;
  app.applicant = { name: '测试员工', idNumber: person.id, hukouRegion: from };
  app.from = { region: from, scheme: 'enterprise' };
  app.to = { region: to, scheme: 'enterprise' };
  app.insuranceTypes = ['pension', 'medical', 'housing-fund'];
  app.separationDate = separation;
  app.applicationDate = applicationDate;
  app.contributions.pension.lastPaidMonth = separation.slice(0, 7);
  app.contributions.medical.lastPaidMonth = separation.slice(0, 7);
  for (const m of app.materials) {
    if (m.issuedBy !== undefined) m.issuedBy = from;
    if (m.issuedDate !== undefined) m.issuedDate = issued < applicationDate ? issued : applicationDate;
  }
  delete app.employer;
  return app;
}

/**
 * `count` cases from `seed`, created between 2025-09-01 and 2026-08-31 and run on as far as each
 * one's fate takes it.
 */
export function generateCases(count: number, seed = 20261127): GeneratedCase[] {
  const rand = seededRandom(seed);
  const out: GeneratedCase[] = [];
  const start = Date.UTC(2025, 8, 1);
  for (let n = 0; n < count; n++) {
    const from = weighted(rand, ORIGINS);
    let to = weighted(rand, DESTINATIONS);
    if (to.slice(0, 4) === from.slice(0, 4)) to = from.startsWith('44') ? '330106' : '440305';
    // Any hour of the day: 16:00–23:59 UTC is already the next day in China.
    let clock = start + Math.floor(rand() * 365) * DAY + Math.floor(rand() * 24 * 3_600_000);
    const iso = () => new Date(clock).toISOString();
    const later = (maxDays: number) => {
      clock += Math.floor(rand() * maxDays * DAY) + Math.floor(rand() * 12 * 3_600_000);
    };
    const id = `CASE-${String(n + 1).padStart(6, '0')}`;
    const ledger: LedgerEntry[] = [];
    let c = createCase(application(rand, id, from, to, clock), { now: iso() });
    const apply = (event: CaseEvent) => {
      const r = transition(c, event, { now: iso() });
      if (!r.ok) throw new Error(`${id}: ${event.type} refused: ${r.error.messageEn}`);
      const completesCase = c.history[c.history.length - 1]!.to !== 'completed' && r.case.history[r.case.history.length - 1]!.to === 'completed';
      c = r.case;
      const entry: LedgerEntry = { event: event.type, date: chinaDate(iso()), completesCase };
      if (event.reason) entry.reason = event.reason.code;
      if (event.insurance) entry.insurance = event.insurance;
      ledger.push(entry);
    };
    /** Progress as the agency reports it (polled): the events it maps to go into the ledger one by one. */
    const report = (update: AgencyUpdate) => {
      const r = applyAgencyUpdate(c, update, { now: iso() });
      if (!r.ok) throw new Error(`${id}: report ${update.status} refused: ${r.error.messageEn} ${r.error.detailEn ?? ''}`);
      const wasCompleted = c.history[c.history.length - 1]!.to === 'completed';
      const history = r.case.history.slice(c.history.length);
      c = r.case;
      history.forEach((h, i) => {
        const entry: LedgerEntry = { event: h.event as CaseEvent['type'], date: chinaDate(iso()), completesCase: !wasCompleted && i === history.length - 1 && h.to === 'completed' };
        if (h.reason) entry.reason = h.reason.code;
        if (h.insurance?.length === 1) entry.insurance = h.insurance[0]!;
        ledger.push(entry);
      });
    };
    const fate = rand();
    const stopAt = fate < 0.12 ? Math.floor(rand() * 4) : Infinity; // still open somewhere along the way

    /** The case's life, as far as its fate takes it. */
    const play = (): void => {
      later(2);
      apply({ type: 'submit', actor: { role: 'employee' } });
      if (stopAt === 0) return;
      if (rand() < 0.2) {
        later(4);
        apply({ type: 'return', actor: { role: 'hr' }, reason: reasonOf(rand) });
        if (rand() < 0.25) {
          later(6);
          apply({ type: 'withdraw', actor: { role: 'employee' } });
          return;
        }
        later(5);
        apply({ type: 'submit', actor: { role: 'employee' } });
      }
      later(3);
      apply({ type: 'approve', actor: { role: 'hr' } });
      if (stopAt === 1) return;
      later(2);
      apply({ type: 'send-to-agency', actor: { role: 'hr' } });
      if (stopAt === 2) return;
      const agency = c.items.filter((i) => i.state === 'submitted').map((i) => i.insurance);
      let rejected = false;
      // Half the agency's progress is entered by hand (events), half comes from its progress interface (reports).
      for (const insurance of agency) {
        later(8);
        const byReport = rand() < 0.5;
        if (!rejected && rand() < 0.06) {
          const reason = reasonOf(rand);
          if (byReport) report({ insurance, status: '退回', reason });
          else apply({ type: 'agency-reject', insurance, actor: { role: 'agency' }, reason });
          rejected = true;
          continue;
        }
        if (byReport) report({ insurance, status: rand() < 0.3 ? '已发联系函' : '受理', at: iso() });
        else apply({ type: 'agency-accept', insurance, actor: { role: 'agency' } });
        // Polls repeat what they said before: nothing changes.
        if (byReport && rand() < 0.3) report({ insurance, status: '受理' });
      }
      if (rejected || stopAt === 3) return;
      for (const insurance of agency) {
        later(25);
        if (rand() < 0.5) report({ insurance, status: rand() < 0.5 ? '已转入' : '办结', at: iso() });
        else apply({ type: 'agency-complete', insurance, actor: { role: 'agency' } });
        // A late report of an earlier state, after the transfer is done: nothing changes.
        if (rand() < 0.1) report({ insurance, status: '已转出' });
      }
    };
    play();
    out.push({ case: c, ledger, from: from.slice(0, 2), to: to.slice(0, 2) });
  }
  return out;
}
