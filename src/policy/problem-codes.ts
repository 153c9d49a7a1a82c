/**
 * The catalogue of policy-folder problems: what the loader and `lint` report about rule and
 * calendar files. Codes are stable; each has a severity and a Chinese and an English template
 * (`{name}` filled from the problem's parameters). Maintainers read the Chinese one first.
 */
export type ProblemSeverity = 'error' | 'warning';

interface ProblemEntry {
  severity: ProblemSeverity;
  zh: string;
  en: string;
}

export const POLICY_PROBLEM_CODES = {
  'file.unreadable': { severity: 'error', zh: '无法读取文件：{detail}', en: 'cannot read the file: {detail}' },
  'folder.missing': { severity: 'error', zh: '不是一个文件夹', en: 'not a folder' },
  'file.too-large': {
    severity: 'error',
    zh: '文件有 {bytes} 字节，超过上限 {max} 字节，未读取',
    en: 'the file has {bytes} bytes, more than the limit of {max}; it was not read',
  },
  'folder.too-large': {
    severity: 'error',
    zh: '规则文件夹超过上限（{what}），从此文件起未读取',
    en: 'the rules folder is over its limit ({whatEn}); from this file on nothing was read',
  },
  'yaml.too-deep': {
    severity: 'error',
    zh: '嵌套超过 {max} 层，规则文件不需要这么深',
    en: 'nested more than {max} levels deep; no policy file needs that',
  },
  'yaml.reserved-key': {
    severity: 'error',
    zh: '键「{key}」不能使用',
    en: 'the key "{key}" cannot be used',
  },
  'yaml.syntax': { severity: 'error', zh: 'YAML 写法有误：{detail}', en: 'YAML syntax error: {detail}' },
  'yaml.duplicate-key': {
    severity: 'error',
    zh: '键「{key}」在同一层重复出现，后一个会被忽略',
    en: 'the key "{key}" appears twice at this level; the second would be lost',
  },
  schema: { severity: 'error', zh: '{field}：{detail}', en: '{field}: {detailEn}' },
  'schema.unknown-field': { severity: 'error', zh: '未知字段「{key}」（拼写错误？）', en: 'unknown field "{key}"' },
  'materials.missing': {
    severity: 'error',
    zh: '没有材料目录：请在规则文件夹根目录添加 materials.yaml',
    en: 'no material catalogue: add materials.yaml to the rules folder',
  },
  'material.duplicate-kind': { severity: 'error', zh: '材料种类「{kind}」在目录中出现两次', en: 'material kind "{kind}" is listed twice' },
  'material.unknown-kind': {
    severity: 'error',
    zh: '未知的材料种类「{kind}」（材料目录 materials.yaml 中没有）{hint}',
    en: 'unknown material kind "{kind}" (not in rules/materials.yaml){hint}',
  },
  'policy.duplicate-id': { severity: 'error', zh: '政策 id「{id}」已被 {other} 使用', en: 'policy id "{id}" is also used by {other}' },
  'part.duplicate-id': {
    severity: 'error',
    zh: '同一文件中 id「{id}」在同一日期下出现两次',
    en: 'id "{id}" is used twice in this file for the same date',
  },
  'effective.order': {
    severity: 'error',
    zh: '有效期结束日 {to} 早于开始日 {from}',
    en: 'the period ends ({to}) before it starts ({from})',
  },
  'condition.unknown-fact': { severity: 'error', zh: '未知的事实「{fact}」{hint}', en: 'unknown fact "{fact}"{hint}' },
  'condition.unknown-operator': { severity: 'error', zh: '未知的运算符「{operator}」{hint}', en: 'unknown operator "{operator}"{hint}' },
  'condition.unknown-named': { severity: 'error', zh: '未定义的命名条件「{name}」{hint}', en: 'unknown named condition "{name}"{hint}' },
  'condition.self-reference': { severity: 'error', zh: '命名条件「{name}」引用了自身', en: 'named condition "{name}" refers to itself' },
  'condition.too-deep': {
    severity: 'error',
    zh: '条件嵌套过深（{detail}），上限为 {max}',
    en: 'the condition is nested too deep ({detailEn}); the limit is {max}',
  },
  'condition.invalid': { severity: 'error', zh: '条件无法解析：{detail}', en: 'the condition cannot be read: {detail}' },
  'condition.cannot-compare': {
    severity: 'error',
    zh: '运算符「{operator}」不能拿事实「{fact}」与这个值比较（in、notIn 的值要写成列表，someValue、everyValue 也一样）；json-rules-engine 遇到这种比较会中止整次判断，所以这个条件不予采用',
    en: 'operator "{operator}" cannot compare fact "{fact}" with this value (in and notIn take a list, as do someValue and everyValue); json-rules-engine would reject the whole run, so the condition is refused',
  },
  'condition.unsupported-path': {
    severity: 'error',
    zh: 'path「{path}」不是支持的写法，只能写 $.名称 或 $.列表[序号]（如 $.a.b、$.list[0]）',
    en: 'path "{path}" is not a supported form: only $.name and $.list[index] steps ($.a.b, $.list[0])',
  },
  'condition.path-on-scalar': {
    severity: 'warning',
    zh: '事实「{fact}」不是对象，path「{path}」不起作用：比较的是事实本身（与 json-rules-engine 相同），请删去 path',
    en: 'fact "{fact}" is never an object, so path "{path}" does nothing: the fact itself is compared (as json-rules-engine does); remove the path',
  },
  'condition.beside-reference': {
    severity: 'warning',
    zh: '同一处既写了 {kept} 又写了 {ignored}：只按 {kept} 判断（与 json-rules-engine 相同），{ignored} 不起作用，请删去其一',
    en: 'both "{kept}" and "{ignored}" are written here: only "{kept}" is evaluated (as json-rules-engine does) and "{ignored}" does nothing; remove one',
  },
  'notice.unknown-fact': { severity: 'error', zh: '文字中的「{{fact}}」不是已知的事实', en: 'unknown fact "{{fact}}" in the text' },
  'scope.unknown-region': {
    severity: 'error',
    zh: '适用范围中的代码 {code} 不是行政区划目录中的地区',
    en: 'the scope code {code} is not a region in the catalogue',
  },
  'overlap.same-rank': {
    severity: 'error',
    zh: '「{id}」与 {other} 中的同名条目同级且适用范围、有效期重叠，无法判断以哪条为准：请收窄适用范围，或让一个有效期在另一个开始前结束',
    en: '"{id}" ties with the same id in {other}: same scope rank and overlapping dates, so neither wins — narrow a scope or end one period before the other starts',
  },
  'gap.no-policy': {
    severity: 'error',
    zh: '{insurance}（适用范围 {scope}）自 {from} 起{until}没有对所有申请人都适用的有效决定规则（不带 when 的规则）',
    en: '{insuranceEn} (scope {scope}) has no decision rule for every applicant (one without when) in force from {from}{untilEn}',
  },
  'part.unscoped': {
    severity: 'warning',
    zh: '「{id}」没有写 forDecisions：它会出现在每一个需要办理的结论里（例如临时缴费账户也会带上转移基金的步骤）。请写明它属于哪些结论，例如 forDecisions: [transfer]',
    en: '"{id}" has no forDecisions, so it comes with every decision that has something to do (a temporary account would get the fund-transfer steps too); say which decisions it serves, e.g. forDecisions: [transfer]',
  },
  'policy.expired': {
    severity: 'warning',
    zh: '政策已于 {to} 失效超过一年，且之后没有接续的政策：请补充新规定或删除此文件',
    en: 'the policy ended on {to}, more than a year ago, and nothing follows it: add the new rule or remove the file',
  },
  'calendar.year-mismatch': {
    severity: 'error',
    zh: '文件名中的年份 {fileYear} 与 year: {year} 不一致',
    en: 'the year in the file name ({fileYear}) differs from year: {year}',
  },
  'calendar.date-outside-year': {
    severity: 'error',
    zh: '日期 {date} 不在 {year} 年内',
    en: 'the date {date} is not in {year}',
  },
  'calendar.off-and-on': {
    severity: 'error',
    zh: '{date} 既列为放假又列为上班',
    en: '{date} is listed both as a day off and as a working day',
  },
  'calendar.source-missing': {
    severity: 'error',
    zh: '缺少出处：请注明国务院办公厅关于 {year} 年部分节假日安排的通知（文号、发布日期或网址）',
    en: 'no source: cite the State Council notice on the {year} holidays (number, date or address)',
  },
  'calendar.workday-not-weekend': {
    severity: 'warning',
    zh: '调休上班日 {date} 本来就是工作日（周一至周五），请核对',
    en: 'the make-up working day {date} is a weekday anyway; check the notice',
  },
  'calendar.day-off-on-weekend': {
    severity: 'warning',
    zh: '放假区间 {from} 至 {to} 全部落在周末，请核对',
    en: 'the days off {from} to {to} all fall on a weekend; check the notice',
  },
  'calendar.duplicate-year': {
    severity: 'error',
    zh: '{year} 年的节假日安排在 {other} 中也有',
    en: 'the holidays of {year} are also given in {other}',
  },
  'calendar.differs-from-bundled': {
    severity: 'warning',
    zh: '{date} 与内置节假日数据（chinese-days）不一致：文件为{file}，内置数据为{bundled}；以文件为准',
    en: '{date} differs from the bundled holiday data (chinese-days): the file says {fileEn}, the data says {bundledEn}; the file wins',
  },
} as const satisfies Record<string, ProblemEntry>;

export type PolicyProblemCode = keyof typeof POLICY_PROBLEM_CODES;
