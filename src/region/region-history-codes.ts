/**
 * The issue codes of retired regions. Registered with the region history (region-history.ts),
 * which the core entry loads and the browser build does not.
 */
import { registerIssueCodes, type CodeEntry } from '../issues.js';

export const REGION_HISTORY_ISSUE_CODES = {
  'region.retired': {
    severity: 'info',
    zh: '{old}已于 {year} 年{change}{earlier}',
    en: '{old} {changeEn} in {year}{earlierEn}',
    suggestionZh: '已按{successor}处理；以后请填写现在的名称',
    suggestionEn: 'Taken as {successor}; write the current name from now on',
    detailZh: '民政部行政区划代码 {code}，{year} 年起不再使用；批准文件：{approval}',
    detailEn: 'code {code} of the Ministry of Civil Affairs lists, not in use since {year}; approved by: {approvalEn}',
  },
  'region.retired-split': {
    severity: 'error',
    zh: '{old}已于 {year} 年撤销，其辖区现分属{successors}{earlier}',
    en: '{old} was abolished in {year}; its area is now divided among {successorsEn}{earlierEn}',
    suggestionZh: '请从中选择现在所属的{unit}：{successors}',
    suggestionEn: 'Choose the {unitEn} it belongs to now: {successorsEn}',
    detailZh: '民政部行政区划代码 {code}，{year} 年起不再使用；批准文件：{approval}',
    detailEn: 'code {code} of the Ministry of Civil Affairs lists, not in use since {year}; approved by: {approvalEn}',
  },
  'region.retired-unresolved': {
    severity: 'error',
    zh: '{old}已于 {year} 年撤销，它的辖区现属{city}，但不能确定是哪个{unit}',
    en: '{old} was abolished in {year}; its area is now part of {city}, but which {unitEn} cannot be told',
    suggestionZh: '请填写现在所属的{unit}，例如：{candidates}',
    suggestionEn: 'Give the {unitEn} it belongs to now, e.g.: {candidatesEn}',
    detailEn: 'code {code} of the Ministry of Civil Affairs lists, not in use since {year}; the change records do not name its successor',
  },
} as const satisfies Record<string, CodeEntry>;

export type RegionHistoryIssueCode = keyof typeof REGION_HISTORY_ISSUE_CODES;

registerIssueCodes(REGION_HISTORY_ISSUE_CODES);
