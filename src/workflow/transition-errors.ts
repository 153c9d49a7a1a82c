/** The refusals of transition(), with Chinese and English messages. */
import { fillTemplate } from '../fill-template.js';
import type { CaseState, TransitionError, TransitionErrorCode } from './case-types.js';
import { CASE_STATES } from './machine.js';

const MESSAGES: Record<TransitionErrorCode, { zh: string; en: string }> = {
  'invalid-case': { zh: '案件数据无效：{detail}', en: 'The case is not valid: {detail}' },
  'invalid-event': { zh: '事件无效：{detail}', en: 'The event is not valid: {detail}' },
  'invalid-time': { zh: 'now 必须是带时区的 ISO 8601 时间，例如 2026-11-20T09:30:00+08:00', en: 'now must be an ISO 8601 instant with a time zone, e.g. 2026-11-20T09:30:00+08:00' },
  'invalid-transition': { zh: '案件当前为「{state}」，不能执行 {event}{detail}', en: 'The case is {stateEn}; {event} is not possible{detailEn}' },
  'validation-failed': { zh: '申请仍有 {count} 处错误，不能提交', en: 'The application still has {count} errors and cannot be submitted' },
  'missing-reason': { zh: '{event} 需要填写原因{detail}', en: '{event} needs a reason{detailEn}' },
  'invalid-reason': { zh: '无法识别的退回原因：{detail}', en: 'Unknown reason: {detail}' },
  'unknown-item': { zh: '案件中没有险种 {detail}', en: 'The case has no item {detail}' },
  'unknown-step': { zh: '没有可完成的步骤 {detail}', en: 'No open step {detail}' },
  'not-allowed': { zh: '角色 {detail} 不能执行 {event}', en: 'Role {detail} may not send {event}' },
  'version-conflict': { zh: '案件已被他人修改（期望版本 {expected}，当前版本 {detail}），请刷新后重试', en: 'The case was changed meanwhile (expected version {expected}, found {detail}); reload and try again' },
};

export function transitionError(
  code: TransitionErrorCode,
  params: { state?: CaseState; event?: string; detail?: string; detailEn?: string; expected?: number; count?: number } = {},
): TransitionError {
  const values: Record<string, string> = {
    state: params.state ? CASE_STATES[params.state].zh : '',
    stateEn: params.state ? CASE_STATES[params.state].en : '',
    event: params.event ?? '',
    detail: params.detail ?? '',
    detailEn: params.detailEn ?? params.detail ?? '',
    expected: params.expected === undefined ? '' : String(params.expected),
    count: params.count === undefined ? '' : String(params.count),
  };
  const fill = (text: string) => fillTemplate(text, (name) => values[name] ?? '');
  const error: TransitionError = { code, message: fill(MESSAGES[code].zh), messageEn: fill(MESSAGES[code].en) };
  if (params.state) error.state = params.state;
  if (params.event) error.event = params.event;
  return error;
}
