/**
 * Notification texts the host may send (SMS, in-app): Chinese and English templates whose
 * `{placeholders}` are filled from an effect's `data`.
 */
import { snapshot } from '../input/snapshot.js';
import { fillTemplate } from '../fill-template.js';
import type { Locale } from '../issues.js';
import type { NotificationTemplate, NotifyEffect, ReturnReasonCode } from './case-types.js';

export const NOTIFICATION_TEMPLATES: Record<NotificationTemplate, { zh: string; en: string }> = {
  'case-submitted': {
    zh: '{applicant}提交了五险一金转移申请（{from} → {to}），请审核',
    en: '{applicant} submitted a transfer application ({fromEn} → {toEn}) for your review',
  },
  'case-approved': {
    zh: '您的五险一金转移申请已通过HR审核，即将提交社保部门',
    en: 'Your transfer application passed HR review and will be sent to the agency',
  },
  'case-returned': {
    zh: '您的五险一金转移申请被退回：{reason}。请修改后重新提交',
    en: 'Your transfer application was returned: {reasonEn}. Please correct it and submit it again',
  },
  'sent-to-agency': {
    zh: '您的转移申请已提交社保部门（{insurances}），预计 {estimatedCompletion} 前办结',
    en: 'Your transfer application was sent to the agency ({insurancesEn}); expected completion by {estimatedCompletion}',
  },
  'item-accepted': {
    zh: '{to}经办机构已受理您的{insurance}转移申请，预计 {estimatedCompletion} 前办结',
    en: 'The agency in {toEn} accepted your {insuranceEn} transfer; expected completion by {estimatedCompletion}',
  },
  'item-rejected': {
    zh: '您的{insurance}转移申请被经办机构退回：{reason}。请修改后重新提交',
    en: 'The agency returned your {insuranceEn} transfer: {reasonEn}. Please correct it and submit it again',
  },
  'item-completed': {
    zh: '您的{insurance}已转入{to}，转移完成，可登录当地社保网站查询',
    en: 'Your {insuranceEn} has been transferred to {toEn}; you can check it on the local agency website',
  },
  'case-completed': {
    zh: '您的五险一金转移已全部完成',
    en: 'Your transfer is complete for every insurance type',
  },
  'case-withdrawn': {
    zh: '{applicant}撤回了五险一金转移申请',
    en: '{applicant} withdrew the transfer application',
  },
};

export const RETURN_REASON_NAMES: Record<ReturnReasonCode, { zh: string; en: string }> = {
  'materials-incomplete': { zh: '材料不齐全', en: 'documents incomplete' },
  'information-wrong': { zh: '信息有误', en: 'information wrong' },
  'policy-not-met': { zh: '不符合政策条件', en: 'policy conditions not met' },
  other: { zh: '其他原因', en: 'other reason' },
};

/**
 * The text of a notification effect.
 * @example renderNotification(effect) // '您的转移申请已提交社保部门（基本养老保险、基本医疗保险）…'
 */
export function renderNotification(effect: Pick<NotifyEffect, 'template' | 'data'>, locale: Locale = 'zh-CN'): string {
  const { value } = snapshot(effect);
  const { template, data } = (value ?? {}) as { template?: unknown; data?: unknown };
  if (typeof template !== 'string' || !Object.hasOwn(NOTIFICATION_TEMPLATES, template)) {
    throw new TypeError(`renderNotification: not a notification effect (template must be one of ${Object.keys(NOTIFICATION_TEMPLATES).join(', ')})`);
  }
  const values = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const valueOf = (name: string) => {
    const v = Object.hasOwn(values, name) ? values[name] : undefined;
    return typeof v === 'string' || typeof v === 'number' ? v : undefined;
  };
  const text = NOTIFICATION_TEMPLATES[template as NotificationTemplate][locale === 'en' ? 'en' : 'zh'];
  return fillTemplate(text, (name) => valueOf(name) ?? valueOf(name.replace(/En$/, '')));
}
