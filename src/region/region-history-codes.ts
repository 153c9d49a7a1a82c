/**
 * The issue codes of retired regions. Registered with the region history (region-history.ts),
 * which the core entry loads and the browser build does not.
 */
import { registerIssueCodes, type CodeEntry } from '../issues.js';

export const REGION_HISTORY_ISSUE_CODES = {
  'region.retired': {
    severity: 'info',
    zh: '{old}{when}撤销，{how}{successor}',
    en: '{old} was abolished {whenEn} and {howEn} {successor}',
    suggestionZh: '已按{successor}处理；以后请填写现在的名称',
    suggestionEn: 'Taken as {successor}; write the current name from now on',
    detailEn: 'code {code} of the Ministry of Civil Affairs lists up to {lastListed}; not in the list of {goneBy}',
  },
  'region.retired-unresolved': {
    severity: 'error',
    zh: '{old}{when}撤销，它的辖区现属{city}，但不能确定是哪个{unit}',
    en: '{old} was abolished {whenEn}; its area is now part of {city}, but which {unitEn} cannot be told',
    suggestionZh: '请填写现在所属的{unit}，例如：{candidates}',
    suggestionEn: 'Give the {unitEn} it belongs to now, e.g.: {candidates}',
    detailEn: 'code {code} of the Ministry of Civil Affairs lists up to {lastListed}; not in the list of {goneBy}; its successor is not recorded',
  },
} as const satisfies Record<string, CodeEntry>;

export type RegionHistoryIssueCode = keyof typeof REGION_HISTORY_ISSUE_CODES;

registerIssueCodes(REGION_HISTORY_ISSUE_CODES);
