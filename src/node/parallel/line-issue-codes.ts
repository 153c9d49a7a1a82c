/** The issue codes of a line of NDJSON that cannot be read as an application; Node only. */
import { registerIssueCodes, type CodeEntry } from '../../issues.js';

export const LINE_ISSUE_CODES = {
  'input.invalid-json': {
    severity: 'error',
    zh: '第 {line} 行的格式不对，无法读取',
    en: 'Line {line} is not in the right form and cannot be read',
    suggestionZh: '请让每一行都是一份完整的申请（一行一个 JSON 对象）',
    suggestionEn: 'Make every line one complete application (one JSON object per line)',
    detailEn: 'JSON parse error: {detail}',
  },
  'input.line-too-long': {
    severity: 'error',
    zh: '第 {line} 行超过 {max} 个字符，未读取',
    en: 'Line {line} is longer than {max} characters; it was not read',
    suggestionZh: '一行只放一份申请；请检查文件是否缺少换行',
    suggestionEn: 'Put one application on each line; check that the file has its line breaks',
  },
} as const satisfies Record<string, CodeEntry>;

export type LineIssueCode = keyof typeof LINE_ISSUE_CODES;

registerIssueCodes(LINE_ISSUE_CODES);
