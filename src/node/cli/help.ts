/**
 * `shebao-transfer help`, `shebao-transfer <command> --help`: each command with what it does, how
 * it is called and a line per option — and the options a command takes, which main.ts enforces.
 */
import type { Locale } from '../../issues.js';

interface OptionHelp {
  /** The option as typed, with its value: "--today YYYY-MM-DD". */
  flag: string;
  zh: string;
  en: string;
}

interface CommandHelp {
  zh: string;
  en: string;
  usage: string[];
  options: OptionHelp[];
}

const LANG: OptionHelp = { flag: '--lang zh|en', zh: '输出语言（默认中文；环境变量 LANG 为英文时默认英文）', en: 'language of the output (Chinese unless LANG says English)' };
const HELP: OptionHelp = { flag: '--help, -h', zh: '显示本命令的帮助', en: 'show this help' };
const TODAY: OptionHelp = { flag: '--today YYYY-MM-DD', zh: '按这一天判断（默认今天）', en: 'judge as of this day (default: today)' };
const RULES: OptionHelp = { flag: '--rules DIR', zh: '只用这个规则文件夹，不用内置规则', en: 'use this rules folder alone instead of the bundled rules' };
const OVERLAY: OptionHelp = { flag: '--overlay DIR', zh: '把这个文件夹的规则叠加在内置规则（或 --rules DIR）之上', en: 'lay this folder over the bundled rules (or over --rules DIR)' };
const JSON_OUT: OptionHelp = { flag: '--json', zh: '输出 JSON', en: 'write JSON' };
const TEXT_OR_JSON: OptionHelp = { flag: '--format text|json', zh: '输出格式', en: 'output format' };
const FORMAT: OptionHelp = { flag: '--format text|json|md', zh: '输出格式：文字报告、JSON 或 Markdown 办理清单', en: 'output: a text report, JSON or a Markdown checklist' };

export const COMMAND_HELP: Record<string, CommandHelp> = {
  validate: {
    zh: '检查一份转移申请：各险种的结论、所需材料、办理步骤和期限、问题与建议',
    en: 'check one transfer application: decisions, documents, steps with due dates, problems and suggestions',
    usage: ['validate <application.json> [options]', 'validate --ndjson [applications.ndjson|-] [--jobs N] [--output full|summary] [options]'],
    options: [
      FORMAT,
      JSON_OUT,
      { flag: '--ndjson', zh: '一行一份申请地读入，一行一个结果地写出（- 或省略文件名表示标准输入）', en: 'read one application per line, write one result per line (- or no file: standard input)' },
      { flag: '--jobs N', zh: '与 --ndjson 一起：用 N 个线程并行检查', en: 'with --ndjson: validate on N threads' },
      { flag: '--output full|summary', zh: '与 --ndjson 一起：每行写完整结果（默认）或摘要（编号、结论、问题代码）', en: 'with --ndjson: write the full result per line (the default) or a summary (id, decisions, issue codes)' },
      TODAY,
      RULES,
      OVERLAY,
      LANG,
      HELP,
    ],
  },
  explain: {
    zh: '说明一条路线上规则怎么规定：可能的结论、材料、步骤和出处',
    en: 'what the rules say for a route: the possible decisions, documents, steps and sources',
    usage: ['explain --from <地区> --to <地区> [options]'],
    options: [
      { flag: '--from REGION', zh: '原参保地（名称或 6 位代码）', en: 'the origin (name or 6-digit code)' },
      { flag: '--to REGION', zh: '现参保地（名称或 6 位代码）', en: 'the destination (name or 6-digit code)' },
      { flag: '--date YYYY-MM-DD', zh: '按这一天有效的规则（默认今天）', en: 'the rules in force on this day (default: today)' },
      { flag: '--types pension,medical', zh: '只看这些险种（逗号分隔）', en: 'only these insurance types (comma-separated)' },
      FORMAT,
      JSON_OUT,
      RULES,
      OVERLAY,
      LANG,
      HELP,
    ],
  },
  test: {
    zh: '运行规则文件夹中的 *.test.yaml 政策测试',
    en: 'run the *.test.yaml policy tests of a rules folder',
    usage: ['test [--rules DIR] [--overlay DIR]'],
    options: [RULES, OVERLAY, LANG, HELP],
  },
  lint: {
    zh: '检查规则文件夹的每一处错误，给出文件、行、列和改法',
    en: 'find every mistake of a rules folder, with file, line, column and the fix',
    usage: ['lint [DIR] [--overlay DIR] [options]'],
    options: [{ flag: 'DIR', zh: '要检查的规则文件夹（默认内置规则）', en: 'the rules folder to check (default: the bundled rules)' }, OVERLAY, RULES, JSON_OUT, TODAY, LANG, HELP],
  },
  impact: {
    zh: '规则变更对已有申请或在办案件的影响',
    en: 'what a rule change does to stored applications or open cases',
    usage: ['impact --overlay DIR <applications.ndjson|cases.ndjson|cases.json> [options]'],
    options: [OVERLAY, RULES, TEXT_OR_JSON, JSON_OUT, TODAY, LANG, HELP],
  },
  stats: {
    zh: '案件统计：按月、路线、险种的数量，办理时长，退回原因，逾期',
    en: 'statistics over stored cases: by month, route and insurance type, processing times, returns, overdue steps',
    usage: ['stats <cases.json|cases.ndjson|-> [options]'],
    options: [
      { flag: '--from YYYY-MM-DD', zh: '统计期间的第一天', en: 'first day of the period' },
      { flag: '--to YYYY-MM-DD', zh: '统计期间的最后一天', en: 'last day of the period' },
      { flag: '--now DATE|INSTANT', zh: '报告的时刻（日期或带时区的时间，默认现在），用于判断逾期', en: 'the moment of the report (a date or an instant with a time zone; default: now), for overdue steps' },
      { flag: '--html FILE', zh: '另外写一份可在浏览器中打开的报告', en: 'also write a report to open in a browser' },
      TEXT_OR_JSON,
      JSON_OUT,
      LANG,
      HELP,
    ],
  },
  roster: {
    zh: '检查 HR 导出的人员名单（CSV、制表符分隔的 TXT 或 XLSX），并输出整理后的名单',
    en: 'check an HR roster export (CSV, tab-separated TXT or XLSX) and write the cleaned roster',
    usage: ['roster <file.csv|file.txt|file.xlsx> [options]'],
    options: [
      { flag: '--map columns.yaml', zh: '列名对照表：表格的列名对应哪一项', en: 'column mapping: which field each header is' },
      { flag: '--sheet NAME', zh: 'XLSX 文件中要读的工作表', en: 'the sheet of an XLSX file to read' },
      TODAY,
      { flag: '--out report.csv', zh: '把问题写成 Excel 能打开的 CSV', en: 'write the problems as a CSV Excel opens' },
      { flag: '--clean cleaned.csv', zh: '写出整理后的名单', en: 'write the cleaned roster' },
      { flag: '--applications out.ndjson', zh: '每个没有错误的行写一份申请', en: 'write an application for each row without errors' },
      { flag: '--quiet', zh: '不显示进度', en: 'no progress line' },
      TEXT_OR_JSON,
      JSON_OUT,
      LANG,
      HELP,
    ],
  },
  regions: {
    zh: '按名称、拼音、首字母查找地区及其代码',
    en: 'look up regions and their codes by name, pinyin or initials',
    usage: ['regions <查询词> [options]'],
    options: [
      { flag: '--limit N', zh: '最多列出几条（默认 10）', en: 'list at most N (default 10)' },
      { flag: '--level province|city|county', zh: '只找这一级', en: 'only this level' },
      JSON_OUT,
      LANG,
      HELP,
    ],
  },
};

/** The option names a command accepts ("today", "json"…), from its help. */
export function optionsOf(command: string): Set<string> {
  const names = new Set<string>(['help', 'lang']);
  for (const o of COMMAND_HELP[command]?.options ?? []) for (const m of o.flag.matchAll(/--([a-z]+)/g)) names.add(m[1]!);
  return names;
}

const lang = (locale: Locale) => (locale === 'en' ? 'en' : 'zh');

/** The help of one command. */
export function commandHelp(command: string, locale: Locale): string {
  const help = COMMAND_HELP[command]!;
  const en = locale === 'en';
  const width = Math.max(...help.options.map((o) => o.flag.length)) + 2;
  return [
    `shebao-transfer ${command} — ${help[lang(locale)]}`,
    '',
    en ? 'Usage:' : '用法：',
    ...help.usage.map((u) => `  shebao-transfer ${u}`),
    '',
    en ? 'Options:' : '选项：',
    ...help.options.map((o) => `  ${o.flag.padEnd(width)}${o[lang(locale)]}`),
  ].join('\n');
}

/** `shebao-transfer help`: the commands, a line each. */
export function generalHelp(locale: Locale): string {
  const en = locale === 'en';
  const width = Math.max(...Object.keys(COMMAND_HELP).map((c) => c.length)) + 2;
  return [
    en ? 'shebao-transfer — cross-region transfer of social insurance and the housing fund' : 'shebao-transfer — 五险一金跨地区转移接续',
    '',
    en ? 'Usage: shebao-transfer <command> [options]' : '用法：shebao-transfer <命令> [选项]',
    '',
    en ? 'Commands:' : '命令：',
    ...Object.entries(COMMAND_HELP).map(([name, h]) => `  ${name.padEnd(width)}${h[lang(locale)]}`),
    '',
    en ? 'shebao-transfer <command> --help shows the options of a command; --version the version.' : 'shebao-transfer <命令> --help 列出该命令的选项；--version 显示版本。',
  ].join('\n');
}
