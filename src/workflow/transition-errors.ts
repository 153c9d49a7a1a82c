/**
 * The refusals of the workflow, in Chinese and English for the HR clerk or employee who sees them:
 * events by their names on the screen, never by id. What a developer needs (the field path, the
 * value the host sent) is in `detail` / `detailEn`.
 */
import { fillTemplate } from '../fill-template.js';
import type { CaseState, TransitionError, TransitionErrorCode } from './case-types.js';
import { CASE_STATES, EVENT_NAMES } from './machine.js';

type Words = { zh: string; en: string };

const MESSAGES: Partial<Record<TransitionErrorCode, Words>> = {
  'invalid-case': { zh: '案件数据不完整或已损坏，无法办理', en: 'The case record is incomplete or damaged and cannot be processed' },
  'invalid-event': { zh: '这项操作的内容不完整，无法办理', en: 'This action is incomplete and cannot be processed' },
  'invalid-time': { zh: '办理时间无效，无法记录', en: 'The time of this action is not valid and cannot be recorded' },
  'out-of-order': { zh: '这项操作的时间（{at}）早于案件的上一条办理记录（{last}），办理记录不能倒序', en: 'This action is dated {at}, before the case’s last entry ({last}); entries cannot go back in time' },
  'invalid-transition': { zh: '案件当前为「{state}」，不能{event}{detail}', en: 'The case is {stateEn}, so you cannot {eventEn}{detailEn}' },
  'validation-failed': { zh: '申请仍有 {count} 处错误，不能提交', en: 'The application still has {count} errors and cannot be submitted' },
  'missing-reason': { zh: '{event}需要填写原因{detail}', en: 'A reason is needed to {eventEn}{detailEn}' },
  'invalid-reason': { zh: '无法识别所选的原因，请从列表中选择', en: 'The reason chosen is not one of the list; choose one from it' },
  'unknown-item': { zh: '案件中没有{detail}的转移事项', en: 'The case has no {detailEn} item' },
  'unknown-step': { zh: '{detail}没有这个待完成的办理环节', en: 'The {detailEn} item has no such open step' },
  'not-allowed': { zh: '{detail}不能{event}', en: 'The {detailEn} may not {eventEn}' },
  'version-conflict': { zh: '案件已被他人修改（期望版本 {expected}，当前版本 {found}），请刷新后重试', en: 'The case was changed meanwhile (expected version {expected}, found {found}); reload and try again' },
};

/** Refusals of other modules (the agency updates) add their words here, so that the browser build carries only its own. */
export function registerTransitionMessages(messages: Partial<Record<TransitionErrorCode, Words>>): void {
  Object.assign(MESSAGES, messages);
}

export interface RefusalParams {
  state?: CaseState;
  event?: string;
  /** Words for people, filled into the message. */
  detail?: string;
  detailEn?: string;
  /** For developers: what exactly was wrong (a field path, the value sent). */
  developer?: string;
  developerEn?: string;
  expected?: number;
  found?: number;
  count?: number;
  at?: string;
  last?: string;
}

export function transitionError(code: TransitionErrorCode, params: RefusalParams = {}): TransitionError {
  const names = params.event ? EVENT_NAMES[params.event as keyof typeof EVENT_NAMES] : undefined;
  const values: Record<string, string> = {
    state: params.state ? CASE_STATES[params.state].zh : '',
    stateEn: params.state ? CASE_STATES[params.state].en : '',
    event: names?.zh ?? '',
    eventEn: names?.en ?? '',
    detail: params.detail ?? '',
    detailEn: params.detailEn ?? params.detail ?? '',
    expected: params.expected === undefined ? '' : String(params.expected),
    found: params.found === undefined ? '' : String(params.found),
    count: params.count === undefined ? '' : String(params.count),
    at: params.at ?? '',
    last: params.last ?? '',
  };
  const words = MESSAGES[code] ?? { zh: code, en: code };
  const fill = (text: string) => fillTemplate(text, (name) => values[name] ?? '');
  const error: TransitionError = { code, message: fill(words.zh), messageEn: fill(words.en) };
  if (params.developer) {
    error.detail = params.developer;
    error.detailEn = params.developerEn ?? params.developer;
  }
  if (params.state) error.state = params.state;
  if (params.event) error.event = params.event;
  return error;
}

/** An instant as people read it on a Chinese screen: 2026-11-20 09:30 (Beijing time). */
export function chinaMinute(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
