/** Runs one policy test case: validates its application and lists every way the result differs. */
import { snapshot } from '../input/snapshot.js';
import type { InsuranceType } from '../application/insurance-types.js';
import type { PolicySet } from '../policy/compile-policies.js';
import type { TransferResult } from '../result.js';
import { validateTransfer } from '../validate-transfer.js';
import { ExpectationSchema, type Expectation } from './schema.js';
import type { Locale } from '../issues.js';

export interface PolicyTestOutcome {
  pass: boolean;
  /** One line per difference, naming what was expected and what came out (English unless `locale` says zh-CN). */
  failures: string[];
  result: TransferResult;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

export function runPolicyTest(
  application: unknown,
  expect: Expectation,
  options: { today?: string; policies?: PolicySet; locale?: Locale } = {},
): PolicyTestOutcome {
  const zh = options.locale === 'zh-CN';
  const none = zh ? '无' : 'none';
  const expected = (want: unknown, got: unknown) => (zh ? `期望 ${want}，实际 ${got}` : `expected ${want}, got ${got}`);
  const result = validateTransfer(application, { ...(options.today ? { today: options.today } : {}), ...(options.policies ? { policies: options.policies } : {}) });
  const failures: string[] = [];
  const checked = ExpectationSchema.safeParse(snapshot(expect).value);
  if (!checked.success) {
    const first = checked.error.issues[0]!;
    return { pass: false, failures: [`${zh ? 'expect 写法有误' : 'expect is not valid'}: ${first.path.join('.') || '(root)'}: ${first.message}`], result };
  }
  expect = checked.data;
  if (expect.ok !== undefined && result.ok !== expect.ok) {
    const errors = result.issues.filter((i) => i.severity === 'error').map((i) => i.code);
    failures.push(`ok: ${expected(expect.ok, result.ok)}${errors.length ? (zh ? `（错误：${errors.join(', ')}）` : ` (errors: ${errors.join(', ')})`) : ''}`);
  }
  for (const [insurance, want] of Object.entries(expect.items ?? {}) as [InsuranceType, NonNullable<Expectation['items']>[InsuranceType]][]) {
    if (!want) continue;
    const item = result.items.find((i) => i.insurance === insurance);
    if (!item) {
      failures.push(`${insurance}: ${zh ? '结果中没有这个险种' : 'no item in the result'}`);
      continue;
    }
    if (want.decision !== undefined && item.decision !== want.decision) {
      const rule = item.reasons[0]?.ruleId;
      failures.push(`${insurance}.decision: ${expected(want.decision, item.decision)}${zh ? `（${rule ? `规则 ${rule}` : '没有规则'}）` : ` (by ${rule ?? 'no rule'})`}`);
    }
    if (want.provisionalDecision !== undefined && item.provisionalDecision !== want.provisionalDecision) {
      failures.push(`${insurance}.provisionalDecision: ${expected(want.provisionalDecision, item.provisionalDecision ?? none)}`);
    }
    const kinds = item.requiredDocuments.map((d) => d.kind);
    if (want.documents !== undefined && !sameSet(kinds, want.documents)) {
      failures.push(`${insurance}.documents: ${expected(`[${want.documents.join(', ')}]`, `[${kinds.join(', ')}]`)}`);
    }
    if (Array.isArray(want.steps)) {
      const ids = item.steps.map((s) => s.step);
      if (ids.join(',') !== want.steps.join(',')) failures.push(`${insurance}.steps: ${expected(`[${want.steps.join(', ')}]`, `[${ids.join(', ')}]`)}`);
    } else if (want.steps) {
      for (const [step, due] of Object.entries(want.steps)) {
        const got = item.steps.find((s) => s.step === step);
        if (!got) failures.push(`${insurance}.steps.${step}: ${zh ? '没有这一步' : 'missing'}`);
        else if (got.due !== due) failures.push(`${insurance}.steps.${step}: ${zh ? `期望期限 ${due}，实际 ${got.due ?? none}` : `expected due ${due}, got ${got.due ?? none}`}`);
      }
    }
    if (want.estimatedCompletion === null && item.estimatedCompletion !== undefined) {
      failures.push(`${insurance}.estimatedCompletion: ${expected(none, item.estimatedCompletion)}`);
    } else if (want.estimatedCompletion != null && item.estimatedCompletion !== want.estimatedCompletion) {
      failures.push(`${insurance}.estimatedCompletion: ${expected(want.estimatedCompletion, item.estimatedCompletion ?? none)}`);
    }
  }
  const reported = result.issues.map((i) => `${i.code}@${i.path.join('.')}`);
  for (const wanted of expect.issues ?? []) {
    const found = wanted.includes('@') ? reported.includes(wanted) : reported.some((r) => r.startsWith(`${wanted}@`));
    if (!found) failures.push(`issues: ${expected(wanted, `[${reported.join(', ')}]`)}`);
  }
  for (const unwanted of expect.noIssues ?? []) {
    const found = unwanted.includes('@') ? reported.includes(unwanted) : reported.some((r) => r.startsWith(`${unwanted}@`));
    if (found) failures.push(`issues: ${zh ? `不应出现 ${unwanted}` : `did not expect ${unwanted}`}`);
  }
  return { pass: failures.length === 0, failures, result };
}
