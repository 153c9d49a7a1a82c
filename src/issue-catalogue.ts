/** The whole catalogue of issue codes: validation's, the roster check's and those of NDJSON lines. */
import { CORE_ISSUE_CODES } from './issues.js';
import { ROSTER_ISSUE_CODES } from './roster/roster-issue-codes.js';
import { LINE_ISSUE_CODES } from './node/parallel/line-issue-codes.js';
import { REGION_HISTORY_ISSUE_CODES } from './region/region-history-codes.js';

export const ISSUE_CODES = { ...CORE_ISSUE_CODES, ...REGION_HISTORY_ISSUE_CODES, ...LINE_ISSUE_CODES, ...ROSTER_ISSUE_CODES } as const;
