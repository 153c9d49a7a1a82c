/**
 * Every message the CLI writes of its own, in Chinese and English. The language is chosen once per
 * run: `--lang zh|en`, else the locale environment (LC_ALL, LC_MESSAGES, LANG) when it names
 * English, else Chinese.
 */
import type { BadLine } from '../read-ndjson.js';
import { fillTemplate } from '../../fill-template.js';
import type { Locale } from '../../issues.js';

const TEXTS = {
  'no-command': { zh: '没有给出命令', en: 'no command given' },
  'unknown-command': { zh: '没有「{command}」这个命令（可用的命令见 shebao-transfer help）', en: 'unknown command "{command}" (shebao-transfer help lists the commands)' },
  'unknown-option': { zh: '不认识的选项 {option}', en: 'unknown option {option}' },
  'option-not-for': { zh: '{command} 命令没有 {option} 选项（见 shebao-transfer {command} --help）', en: '{command} has no option {option} (see shebao-transfer {command} --help)' },
  'option-needs-value': { zh: '选项 {option} 后面需要一个值', en: 'option {option} needs a value' },
  'option-takes-no-value': { zh: '选项 {option} 不带值', en: 'option {option} takes no value' },
  'unexpected-error': { zh: '意外错误：{detail}', en: 'unexpected error: {detail}' },
  'bad-date': { zh: '--{flag} 应为 YYYY-MM-DD 格式的真实日期，收到「{value}」', en: '--{flag} must be a real date written YYYY-MM-DD, got "{value}"' },
  'bad-lang': { zh: '--lang 只能是 zh 或 en，收到「{value}」', en: '--lang must be zh or en, got "{value}"' },
  'bad-format': { zh: '--format 只能是 {allowed}，收到「{value}」', en: '--format must be {allowed}, got "{value}"' },
  'json-and-format': { zh: '--json 与 --format 不一致：只给一个', en: '--json and --format disagree: give one' },
  'no-such-file': { zh: '无法读取 {file}：文件不存在', en: 'cannot read {file}: no such file' },
  'cannot-read': { zh: '无法读取 {file}：{detail}', en: 'cannot read {file}: {detail}' },
  'read-as-gbk': { zh: '提醒：{file} 不是 UTF-8 编码，已按 GB18030（GBK）读取；请另存为 UTF-8 以免出错', en: 'warning: {file} is not UTF-8; it was read as GB18030 (GBK). Save it as UTF-8 to be sure.' },
  'not-text': { zh: '{file} 不是 UTF-8（也不是 GB18030/GBK）文本：是不是选错了文件？', en: '{file} is not text in UTF-8 (nor in GB18030/GBK): is it the right file?' },
  'not-json': { zh: '{file} 不是有效的 JSON：{detail}', en: '{file} is not valid JSON: {detail}' },
  'not-a-folder': { zh: '{dir} 不是文件夹', en: '{dir} is not a folder' },
  'rules-have-problems': { zh: '{dir} 中的规则有问题（详见 shebao-transfer lint）：', en: 'the rules in {dir} have problems (see shebao-transfer lint):' },
  'validate-one-file': { zh: 'validate 需要且只需要一个申请文件', en: 'validate takes exactly one application file' },
  'jobs-needs-ndjson': { zh: '--jobs 只能与 --ndjson 一起使用', en: '--jobs goes with --ndjson' },
  'output-needs-ndjson': { zh: '--output 只能与 --ndjson 一起使用', en: '--output goes with --ndjson' },
  'bad-output': { zh: '--output 应为 full 或 summary，收到「{value}」', en: '--output takes full or summary, not "{value}"' },
  'bad-jobs': { zh: '--jobs 应为 1 到 256 之间的整数，收到「{value}」', en: '--jobs takes a whole number from 1 to 256, not "{value}"' },
  'ndjson-one-file': { zh: 'validate --ndjson 只读一个文件，或用 -（默认）读标准输入', en: 'validate --ndjson takes one file, or - (the default) for standard input' },
  'ndjson-no-format': { zh: 'validate --ndjson 输出 JSON 行，--format 不适用', en: 'validate --ndjson writes JSON lines; --format does not apply' },
  progress: { zh: '已检查 {count} 份，每秒 {rate} 份', en: '{count} validated, {rate}/s' },
  'explain-no-positionals': { zh: 'explain 不接受其他参数（收到「{value}」）', en: 'explain takes no positional arguments (got "{value}")' },
  'explain-needs-route': { zh: 'explain 需要 --from 和 --to', en: 'explain needs --from and --to' },
  'test-no-positionals': { zh: 'test 不接受其他参数（收到「{value}」）', en: 'test takes no positional arguments (got "{value}")' },
  'test-summary': { zh: '通过 {passed} 个，失败 {failed} 个', en: '{passed} passed, {failed} failed' },
  'lint-one-folder': { zh: 'lint 最多检查一个文件夹', en: 'lint takes at most one folder' },
  'lint-summary': { zh: '{errors} 个错误，{warnings} 个警告', en: '{errors} error(s), {warnings} warning(s)' },
  'impact-one-file': { zh: 'impact 需要且只需要一个申请或案件文件（.ndjson，或内容为数组的 .json）', en: 'impact takes exactly one file of applications or cases (.ndjson, or .json with an array)' },
  'impact-needs-overlay': { zh: 'impact 需要 --overlay DIR：要与现行规则比较的规则', en: 'impact needs --overlay DIR: the rules to compare with the current ones' },
  'not-json-reason': { zh: '格式不对，无法读取', en: 'not JSON ({detail})' },
  'not-json-at': { zh: '第 {position} 个字符附近格式不对，无法读取', en: 'not JSON ({detail})' },
  'too-long-reason': { zh: '超过 {max} 个字符，未读取', en: 'longer than {max} characters; not read' },
  line: { zh: '第 {line} 行', en: 'line {line}' },
  'line-unreadable-counted': { zh: '第 {line} 行{reason}，按无法识别计数', en: 'line {line}: {reason}; counted as invalid' },
  'stats-one-file': { zh: 'stats 需要且只需要一个案件文件（内容为数组的 .json、.ndjson，或用 - 读标准输入）', en: 'stats takes exactly one file of stored cases (.json with an array, .ndjson, or - for stdin)' },
  'bad-now': { zh: '--now 应为日期（2026-07-01）或带时区的时间（2026-07-01T09:00:00+08:00），收到「{value}」', en: '--now must be a date (2026-07-01) or an instant with a time zone (2026-07-01T09:00:00+08:00), got "{value}"' },
  'from-after-to': { zh: '--from {from} 晚于 --to {to}：统计期间的开始不能晚于结束', en: '--from {from} is after --to {to}: the period cannot end before it begins' },
  'html-is-folder': { zh: '--html {file} 是文件夹：请给出要写入的文件', en: '--html {file} is a folder: give the file to write' },
  'cannot-write': { zh: '无法写入 {file}：{detail}', en: 'cannot write {file}: {detail}' },
  'html-written': { zh: '统计报告已写入 {file}', en: 'The report was written to {file}' },
  'roster-one-file': { zh: 'roster 需要且只需要一个文件（.csv、.txt 或 .xlsx）', en: 'roster takes exactly one file (.csv, .txt or .xlsx)' },
  'map-not-yaml': { zh: '{file} 不是有效的 YAML：{detail}', en: '{file} is not valid YAML: {detail}' },
  'map-not-mapping': { zh: '{file} 应把列名对应到字段，例如「证件号: idNumber」', en: '{file} must map headers to fields, e.g. "证件号: idNumber"' },
  'map-unknown-field': { zh: '{file}：「{header}」对应的「{field}」不是字段（可用：{fields}）', en: '{file}: "{header}" maps to "{field}", which is not a field (one of {fields})' },
  'regions-needs-query': { zh: 'regions 需要一个查询词，例如 shebao-transfer regions 哈尔滨', en: 'regions needs a query, e.g. shebao-transfer regions 哈尔滨' },
  'bad-limit': { zh: '--limit 应为大于 0 的整数，收到「{value}」', en: '--limit must be a whole number above 0, got "{value}"' },
  'bad-level': { zh: '--level 只能是 province、city 或 county，收到「{value}」', en: '--level must be province, city or county, got "{value}"' },
  'no-regions': { zh: '没有找到与「{query}」相近的地区', en: 'No region close to "{query}" was found' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type CliTextKey = keyof typeof TEXTS;

let current: Locale = 'zh-CN';

/** The language the locale environment asks for: English only when it says so. */
export function environmentLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.@-]|$)/i.test(setting) ? 'en' : 'zh-CN';
}

export function setCliLocale(locale: Locale): void {
  current = locale;
}

export function cliLocale(): Locale {
  return current;
}

/** A message of the CLI in the run's language. */
export function say(key: CliTextKey, params: Record<string, string | number> = {}, locale: Locale = current): string {
  const entry = TEXTS[key];
  return fillTemplate(locale === 'en' ? entry.en : entry.zh, (name) => params[name]);
}

/** Why a line of a cases or applications file could not be read, in the run's language. */
export function badLineReason(reason: BadLine, locale: Locale = current): string {
  if (reason.kind === 'too-long') return say('too-long-reason', { max: reason.max }, locale);
  return reason.position === undefined
    ? say('not-json-reason', { detail: reason.detail }, locale)
    : say('not-json-at', { detail: reason.detail, position: reason.position }, locale);
}
