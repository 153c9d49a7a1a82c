/**
 * The agency's status vocabulary: the codes an agency's progress interface (or a clerk copying
 * from it) gives, mapped to the workflow's milestones. This is data: a vendor whose agency sends
 * its own codes ("01", "ZC02"…) passes its own map as `statuses` to applyAgencyUpdate.
 */
import type { AgencyMilestone } from '../policy/vocabulary.js';
import type { ReturnReasonCode } from './case-types.js';

/** What the agency reports: how far it got (a milestone), or that it returned the application. */
export type AgencyStatus = AgencyMilestone | 'returned';

/** A code mapped to what it means; a "returned" code may say which return reason it stands for. */
export type AgencyStatusMeaning = AgencyStatus | { status: AgencyStatus; reason?: ReturnReasonCode };

/** The agency's codes and what they mean. */
export type AgencyStatusMap = Readonly<Record<string, AgencyStatusMeaning>>;

/** The order of the milestones: each one implies the ones before it. */
export const MILESTONE_RANK: Record<AgencyMilestone, number> = { accepted: 0, 'letter-sent': 1, 'transferred-out': 2, completed: 3 };

/** The milestones and "returned" by name, for documentation and screens. */
export const AGENCY_STATUS_NAMES: Record<AgencyStatus, { zh: string; en: string }> = {
  accepted: { zh: '已受理', en: 'accepted' },
  'letter-sent': { zh: '已发联系函', en: 'contact letter sent' },
  'transferred-out': { zh: '已转出', en: 'transferred out' },
  completed: { zh: '已转入／办结', en: 'transferred in / completed' },
  returned: { zh: '退回', en: 'returned' },
};

/**
 * The statuses as the agencies' own screens and the national transfer platforms word them, and
 * the milestone ids themselves. Matching ignores spaces around the code.
 */
export const DEFAULT_AGENCY_STATUSES: AgencyStatusMap = {
  accepted: 'accepted',
  受理: 'accepted',
  已受理: 'accepted',
  受理中: 'accepted',
  审核中: 'accepted',
  'letter-sent': 'letter-sent',
  已发联系函: 'letter-sent',
  已发送联系函: 'letter-sent',
  已出具联系函: 'letter-sent',
  联系函已发送: 'letter-sent',
  'transferred-out': 'transferred-out',
  已转出: 'transferred-out',
  转出完成: 'transferred-out',
  已划转: 'transferred-out',
  completed: 'completed',
  'transferred-in': 'completed',
  已转入: 'completed',
  转入完成: 'completed',
  办结: 'completed',
  已办结: 'completed',
  转移完成: 'completed',
  returned: 'returned',
  退回: 'returned',
  已退回: 'returned',
  不予受理: { status: 'returned', reason: 'policy-not-met' },
  材料不全: { status: 'returned', reason: 'materials-incomplete' },
  信息有误: { status: 'returned', reason: 'information-wrong' },
};
