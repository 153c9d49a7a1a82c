/**
 * The transfer state machine as data: which events each case state and each item state accepts.
 * transition() enforces these tables; toMermaid() draws them.
 */
import type { CaseEventType, CaseState, ItemState } from './case-types.js';

export const CASE_STATES: Record<CaseState, { zh: string; en: string; terminal?: true }> = {
  draft: { zh: '草稿', en: 'draft' },
  'pending-review': { zh: '待HR审核', en: 'pending HR review' },
  approved: { zh: '审核通过', en: 'approved' },
  returned: { zh: '已退回', en: 'returned' },
  submitted: { zh: '已提交社保部门', en: 'submitted to the agency' },
  'in-transfer': { zh: '转移中', en: 'in transfer' },
  completed: { zh: '转移完成', en: 'completed', terminal: true },
  withdrawn: { zh: '已撤回', en: 'withdrawn', terminal: true },
};

export const ITEM_STATES: Record<ItemState, { zh: string; en: string }> = {
  waiting: { zh: '待提交', en: 'waiting' },
  submitted: { zh: '已提交', en: 'submitted' },
  accepted: { zh: '已受理', en: 'accepted' },
  completed: { zh: '已办结', en: 'completed' },
  rejected: { zh: '被退回', en: 'rejected' },
};

/** The events as people on the screen name them: what they do, in Chinese and in English. */
export const EVENT_NAMES: Record<Exclude<CaseEventType, 'create'>, { zh: string; en: string }> = {
  edit: { zh: '修改申请', en: 'edit the application' },
  submit: { zh: '提交申请', en: 'submit the application' },
  approve: { zh: '审核通过', en: 'approve it' },
  return: { zh: '退回申请', en: 'return it' },
  'send-to-agency': { zh: '提交社保经办机构', en: 'send it to the agency' },
  'agency-accept': { zh: '登记经办机构受理', en: 'record the agency’s acceptance' },
  'agency-reject': { zh: '登记经办机构退回', en: 'record the agency’s rejection' },
  'complete-step': { zh: '完成办理环节', en: 'complete a step' },
  'agency-complete': { zh: '登记经办机构办结', en: 'record the agency’s completion' },
  withdraw: { zh: '撤回申请', en: 'withdraw it' },
};

/** The roles an event's actor may have, by name. */
export const ROLE_NAMES: Record<'employee' | 'hr' | 'agency' | 'system', { zh: string; en: string }> = {
  employee: { zh: '员工', en: 'employee' },
  hr: { zh: 'HR', en: 'HR' },
  agency: { zh: '经办机构', en: 'agency' },
  system: { zh: '系统', en: 'system' },
};

type CaseLevelEvent = 'edit' | 'submit' | 'approve' | 'return' | 'send-to-agency' | 'withdraw';
type ItemLevelEvent = 'agency-accept' | 'agency-reject' | 'complete-step' | 'agency-complete';

/** Case-level events: the case states they are accepted in, and the roles that may send them. */
export const CASE_EVENTS: Record<CaseLevelEvent, { from: CaseState[]; roles: string[] }> = {
  edit: { from: ['draft', 'returned'], roles: ['employee', 'hr'] },
  submit: { from: ['draft', 'returned'], roles: ['employee', 'hr'] },
  approve: { from: ['pending-review'], roles: ['hr'] },
  return: { from: ['pending-review', 'approved'], roles: ['hr'] },
  'send-to-agency': { from: ['approved'], roles: ['hr', 'system'] },
  // Only while no item has been accepted: checked item by item as well.
  withdraw: { from: ['draft', 'pending-review', 'approved', 'returned', 'submitted'], roles: ['employee', 'hr'] },
};

/** Item-level events: the item states they move and where to; the case state follows from the items. */
export const ITEM_EVENTS: Record<ItemLevelEvent, { from: ItemState[]; to: ItemState; roles: string[] }> = {
  'agency-accept': { from: ['submitted'], to: 'accepted', roles: ['agency', 'system', 'hr'] },
  'agency-reject': { from: ['submitted', 'accepted'], to: 'rejected', roles: ['agency', 'system', 'hr'] },
  'complete-step': { from: ['accepted'], to: 'accepted', roles: ['agency', 'system', 'hr'] },
  'agency-complete': { from: ['submitted', 'accepted'], to: 'completed', roles: ['agency', 'system', 'hr'] },
};

export function isCaseEvent(type: string): type is CaseLevelEvent {
  return Object.prototype.hasOwnProperty.call(CASE_EVENTS, type);
}

/**
 * The case-level picture: case events as drawn, and what item events do to the case state
 * (the first accepted item puts the case in transfer; a rejected one returns it; the last
 * completed one completes it).
 */
export const CASE_DIAGRAM: { from: CaseState; event: CaseEventType; to: CaseState }[] = [
  { from: 'draft', event: 'edit', to: 'draft' },
  { from: 'draft', event: 'submit', to: 'pending-review' },
  { from: 'pending-review', event: 'approve', to: 'approved' },
  { from: 'pending-review', event: 'return', to: 'returned' },
  { from: 'approved', event: 'return', to: 'returned' },
  { from: 'approved', event: 'send-to-agency', to: 'submitted' },
  { from: 'returned', event: 'edit', to: 'returned' },
  { from: 'returned', event: 'submit', to: 'pending-review' },
  { from: 'submitted', event: 'agency-accept', to: 'in-transfer' },
  { from: 'submitted', event: 'agency-reject', to: 'returned' },
  { from: 'submitted', event: 'agency-complete', to: 'completed' },
  { from: 'in-transfer', event: 'complete-step', to: 'in-transfer' },
  { from: 'in-transfer', event: 'agency-reject', to: 'returned' },
  { from: 'in-transfer', event: 'agency-complete', to: 'completed' },
  { from: 'draft', event: 'withdraw', to: 'withdrawn' },
  { from: 'pending-review', event: 'withdraw', to: 'withdrawn' },
  { from: 'approved', event: 'withdraw', to: 'withdrawn' },
  { from: 'returned', event: 'withdraw', to: 'withdrawn' },
  { from: 'submitted', event: 'withdraw', to: 'withdrawn' },
];

function node(state: CaseState): string {
  return state.replace(/-/g, '_');
}

/**
 * The machine as a Mermaid state diagram, with Chinese state names by default.
 * @example toMermaid() // 'stateDiagram-v2\n  [*] --> draft\n …'
 */
export function toMermaid(options: { locale?: 'zh-CN' | 'en' } = {}): string {
  const lang = options.locale === 'en' ? 'en' : 'zh';
  const lines = ['stateDiagram-v2'];
  for (const [state, names] of Object.entries(CASE_STATES) as [CaseState, (typeof CASE_STATES)[CaseState]][]) {
    lines.push(`  state "${names[lang]}" as ${node(state)}`);
  }
  lines.push('  [*] --> draft');
  for (const edge of CASE_DIAGRAM) lines.push(`  ${node(edge.from)} --> ${node(edge.to)}: ${edge.event}`);
  for (const [state, names] of Object.entries(CASE_STATES) as [CaseState, (typeof CASE_STATES)[CaseState]][]) {
    if (names.terminal) lines.push(`  ${node(state)} --> [*]`);
  }
  return lines.join('\n');
}
