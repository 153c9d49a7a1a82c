/**
 * The roster check's issue codes. Kept apart from the core catalogue so that the browser build,
 * which has no roster check, does not carry their texts; registered when the roster check loads.
 */
import { registerIssueCodes, type CodeEntry } from '../issues.js';

export const ROSTER_ISSUE_CODES = {
  'roster.id-scientific-notation': {
    severity: 'error',
    zh: '身份证号被 Excel 改成了科学计数法（{value}），后几位数字已经丢失，无法还原',
    en: 'The ID number was turned into scientific notation by Excel ({value}); its last digits are lost and cannot be recovered',
    suggestionZh: '在 Excel 中把该列设为“文本”格式后重新录入或导出（或在号码前加英文单引号），再导出为 CSV',
    suggestionEn: 'Format the column as Text in Excel and enter or export the numbers again (or put an apostrophe before each), then export the CSV again',
  },
  'roster.value-cleaned': {
    severity: 'info',
    zh: '已清理：「{before}」→「{after}」（去掉空格、单引号或全角字符）',
    en: 'Cleaned: "{before}" became "{after}" (spaces, apostrophes or full-width characters removed)',
    suggestionZh: '无需处理，整理后的名单中已改正',
    suggestionEn: 'Nothing to do: the cleaned roster has it corrected',
    detailZh: '清理后的数据见 --clean 输出',
    detailEn: 'The cleaned data is in the --clean output',
  },
  'roster.value-normalised': {
    severity: 'info',
    zh: '已按「{after}」理解（原为「{before}」）',
    en: 'Read as "{after}" (written "{before}")',
    suggestionZh: '如理解有误，请在表格中改正',
    suggestionEn: 'If that is not what was meant, correct it in the sheet',
  },
  'roster.date-normalised': {
    severity: 'info',
    zh: '日期已按 {after} 理解（原为「{before}」）',
    en: 'The date is read as {after} (written "{before}")',
    suggestionZh: '如理解有误，请在表格中改为 YYYY-MM-DD 格式',
    suggestionEn: 'If that is not the date meant, write it as YYYY-MM-DD in the sheet',
  },
  'roster.number-ambiguous': {
    severity: 'warning',
    zh: '「{value}」不是一个明确的数字，未采用',
    en: '"{value}" is not a definite number; it was not used',
    suggestionZh: '请填写整数，如缴费月数写 96',
    suggestionEn: 'Write a whole number, e.g. 96 for the months of contributions',
  },
  'roster.duplicate-person': {
    severity: 'error',
    zh: '与第 {firstRow} 行是同一个身份证号',
    en: 'The same ID number as row {firstRow}',
    suggestionZh: '同一人只保留一行，删除或合并重复的行',
    suggestionEn: 'Keep one row per person: remove or merge the duplicate',
  },
  'roster.possible-duplicate': {
    severity: 'warning',
    zh: '与第 {firstRow} 行姓名、出生日期相同，但身份证号不同，可能是同一人',
    en: 'Same name and birth date as row {firstRow} but another ID number: possibly the same person',
    suggestionZh: '请核对两行的身份证号，确认是否为同一人',
    suggestionEn: 'Check the ID numbers of both rows: are they the same person?',
  },
  'roster.unknown-column': {
    severity: 'info',
    zh: '不认识的列「{column}」：已保留，但没有检查',
    en: 'Unknown column "{column}": kept, but not checked',
    suggestionZh: '如这一列需要检查，请在列名对照表中写明它是哪一项',
    suggestionEn: 'If the column should be checked, say in the column mapping what it holds',
    detailZh: '列名对照表即 --map 映射文件',
    detailEn: 'The column mapping is the --map file',
  },
  'roster.missing-column': {
    severity: 'error',
    zh: '缺少必需的列：{column}（可用的列名：{headers}）',
    en: 'A required column is missing: {column} (column names that work: {headersEn})',
    suggestionZh: '请在表格中加入这一列，或在列名对照表中写明哪一列是它',
    suggestionEn: 'Add the column to the sheet, or say in the column mapping which column holds it',
    detailZh: '列名对照表即 --map 映射文件',
    detailEn: 'The column mapping is the --map file',
  },
  'roster.header-not-found': {
    severity: 'error',
    zh: '在前 {rows} 行中没有找到表头（至少要有姓名、身份证号等两个认识的列名）',
    en: 'No header row was found in the first {rows} rows (at least two known column names, such as the name and the ID number)',
    suggestionZh: '请确认文件是人员名单导出表，或在列名对照表中写明各列是什么',
    suggestionEn: 'Check that the file is a roster export, or say in a column mapping what each column holds',
    detailZh: '列名对照表即 --map 映射文件',
    detailEn: 'The column mapping is the --map file',
  },
} as const satisfies Record<string, CodeEntry>;

export type RosterIssueCode = keyof typeof ROSTER_ISSUE_CODES;

registerIssueCodes(ROSTER_ISSUE_CODES);
