/**
 * The Issue type and the one catalogue of issue codes. Codes are stable and dotted; every code has
 * a Chinese and an English message template. `{name}` placeholders are filled from `params`.
 */
import { fillTemplate } from './fill-template.js';
import { fieldLabel } from './application/field-label.js';
import { fieldName } from './application/field-name.js';
import type { RosterIssueCode } from './roster/roster-issue-codes.js';
import type { LineIssueCode } from './node/parallel/line-issue-codes.js';
import type { RegionHistoryIssueCode } from './region/region-history-codes.js';

export type Severity = 'error' | 'warning' | 'info';
export type IssuePath = (string | number)[];
export type Locale = 'zh-CN' | 'en';

export interface Source {
  /** Document number or title, e.g. 国办发〔2009〕66号. */
  document: string;
  article?: string;
  title?: string;
  url?: string;
  /** False when the citation itself (number or article) is not confirmed. */
  verified?: boolean;
  note?: string;
}

export interface Issue {
  code: IssueCode;
  severity: Severity;
  path: IssuePath;
  /** In the requested locale (Chinese by default). */
  message: string;
  messageEn: string;
  suggestion?: string;
  suggestionEn?: string;
  /**
   * For developers and policy maintainers, never shown to the person filling in the form: the
   * field path, the rule id, what to change in the data or the policy files.
   */
  detail?: string;
  detailEn?: string;
  ruleId?: string;
  source?: Source;
  /** The values the messages were filled with, for hosts that render their own text. */
  params?: Record<string, string | number>;
}

export interface CodeEntry {
  severity: Severity;
  zh: string;
  en: string;
  suggestionZh?: string;
  suggestionEn?: string;
  detailZh?: string;
  detailEn?: string;
}

/**
 * The codes of validation. The roster check's (roster/roster-issue-codes.ts) and those of lines of
 * NDJSON (node/parallel/line-issue-codes.ts) are registered by their modules, out of the browser build.
 */
export const CORE_ISSUE_CODES = {
  'input.not-object': {
    severity: 'error',
    zh: '无法读取申请数据',
    en: 'The application cannot be read',
    suggestionZh: '请重新提交；如仍不成功，请联系系统管理员',
    suggestionEn: 'Submit again; if that fails, contact the system administrator',
    detailZh: '应为 JSON 对象（applicant、from、to、insuranceTypes…）',
    detailEn: 'Must be a JSON object (applicant, from, to, insuranceTypes…)',
  },
  'input.required': {
    severity: 'error',
    zh: '缺少必填项：{label}',
    en: 'Required but missing: {labelEn}',
    suggestionZh: '请填写{label}',
    suggestionEn: 'Fill in {labelEn}',
  },
  'input.type': {
    severity: 'error',
    zh: '{label}的填写格式不对，应为{expected}',
    en: '{labelEn} is given in the wrong form; it should be {expectedEn}',
    suggestionZh: '请把{label}填写为{expected}',
    suggestionEn: 'Give {labelEn} as {expectedEn}',
    detailEn: 'expected type: {expectedEn}',
  },
  'input.invalid': {
    severity: 'error',
    zh: '{label}填写有误',
    en: '{labelEn} is not valid',
    suggestionZh: '请检查并改正{label}',
    suggestionEn: 'Check and correct {labelEn}',
    detailEn: '{detail}',
  },
  'input.unreadable': {
    severity: 'error',
    zh: '{label}无法读取',
    en: '{labelEn} cannot be read',
    suggestionZh: '请重新提交；如仍不成功，请联系系统管理员',
    suggestionEn: 'Submit again; if that fails, contact the system administrator',
    detailEn: 'Reading the value threw: send plain JSON data (no getters or proxies)',
  },
  'input.cyclic': {
    severity: 'error',
    zh: '{label}的数据有误，已按未填写处理',
    en: '{labelEn} holds faulty data; it is taken as not given',
    suggestionZh: '请重新填写{label}后提交',
    suggestionEn: 'Fill in {labelEn} again and resubmit',
    detailEn: 'A cycle: the value refers back to data that contains it; taken as null',
  },
  'input.too-deep': {
    severity: 'error',
    zh: '{label}的数据层次过多，部分内容没有读取',
    en: '{labelEn} is nested too deeply; part of it was not read',
    suggestionZh: '请重新提交；如仍不成功，请联系系统管理员',
    suggestionEn: 'Submit again; if that fails, contact the system administrator',
    detailEn: 'Nested more than {max} levels deep; check the program that made the data',
  },
  'input.too-large': {
    severity: 'error',
    zh: '申请数据过多，从{label}起的部分没有读取',
    en: 'The application holds too much data; from {labelEn} on it was not read',
    suggestionZh: '请只提交这一份申请的内容',
    suggestionEn: 'Send only what belongs to this one application',
    detailEn: 'More than {max} values',
  },
  'input.not-json': {
    severity: 'error',
    zh: '{label}的值无法保存，已忽略',
    en: 'The value of {labelEn} cannot be stored; it was left out',
    suggestionZh: '请把它填写为数字或文字',
    suggestionEn: 'Give it as a number or text',
    detailEn: 'Not a value JSON can hold (such as a BigInt)',
  },
  'input.too-long': {
    severity: 'error',
    zh: '{label}有 {length} 个字符，超过上限 {max}，没有处理',
    en: '{labelEn} has {length} characters, more than the limit of {max}; it was not processed',
    suggestionZh: '请检查{label}是否填错了内容',
    suggestionEn: 'Check that {labelEn} holds what it should',
  },
  'input.too-many': {
    severity: 'error',
    zh: '{label}有 {count} 项，超过上限 {max}，只检查了前 {max} 项',
    en: '{labelEn} has {count} entries, more than the limit of {max}; only the first {max} were checked',
    suggestionZh: '请删去多余的项，每份申请最多 {max} 项',
    suggestionEn: 'Remove the extra entries: at most {max} per application',
  },
  'date.out-of-range': {
    severity: 'error',
    zh: '{label}为 {value}，不在可受理的日期范围（{from} 至 {to}）内，没有用它计算期限',
    en: '{labelEn} is {value}, outside the dates that can be handled ({from} to {to}); no deadline was counted from it',
    suggestionZh: '请检查日期是否填写正确',
    suggestionEn: 'Check the date',
  },
  'applicant.name-empty': {
    severity: 'error',
    zh: '申请人姓名为空',
    en: "The applicant's name is empty",
    suggestionZh: '请填写与身份证件一致的姓名',
    suggestionEn: 'Enter the name exactly as on the identity document',
  },
  'applicant.gender-mismatch': {
    severity: 'error',
    zh: '填写的性别（{declared}）与证件号码显示的性别（{derived}）不一致',
    en: 'The gender given ({declaredEn}) contradicts the identity number ({derivedEn})',
    suggestionZh: '请核对性别或证件号码；性别以证件号码为准',
    suggestionEn: 'Check the gender or the identity number; the number decides',
  },
  'applicant.birth-date-mismatch': {
    severity: 'error',
    zh: '填写的出生日期（{declared}）与证件号码中的出生日期（{derived}）不一致',
    en: 'The birth date given ({declared}) contradicts the identity number ({derived})',
    suggestionZh: '请核对出生日期或证件号码',
    suggestionEn: 'Check the birth date or the identity number',
  },
  'id.length': {
    severity: 'error',
    zh: '证件号码应为 18 位，当前为 {length} 位',
    en: 'The identity number must have 18 characters; it has {length}',
    suggestionZh: '请逐位核对证件号码',
    suggestionEn: 'Check the identity number digit by digit',
  },
  'id.first-generation': {
    severity: 'error',
    zh: '这是 15 位的第一代身份证号码，社保业务需使用 18 位号码',
    en: 'This is a 15-digit first-generation ID number; an 18-digit number is required',
    suggestionZh: '对应的 18 位号码应为 {upgraded}，请以第二代身份证为准核对后填写',
    suggestionEn: 'Its 18-digit form is {upgraded}; check it against the second-generation card',
  },
  'id.characters': {
    severity: 'error',
    zh: '证件号码只能由数字组成，最后一位可以是 X',
    en: 'The identity number may contain only digits, with X allowed as the last character',
    suggestionZh: '请删除空格、字母或其他符号后重新填写',
    suggestionEn: 'Remove spaces, letters and other symbols',
  },
  'id.birth-date-invalid': {
    severity: 'error',
    zh: '证件号码中的出生日期 {date} 不是有效日期',
    en: 'The birth date in the identity number ({date}) is not a real date',
    suggestionZh: '请核对证件号码第 7–14 位（出生年月日）',
    suggestionEn: 'Check characters 7–14 (the birth date) of the identity number',
  },
  'id.birth-date-future': {
    severity: 'error',
    zh: '证件号码中的出生日期 {date} 晚于今天',
    en: 'The birth date in the identity number ({date}) is in the future',
    suggestionZh: '请核对证件号码第 7–14 位（出生年月日）',
    suggestionEn: 'Check characters 7–14 (the birth date) of the identity number',
  },
  'id.checksum': {
    severity: 'error',
    zh: '身份证号码校验位不正确',
    en: 'The check character of the identity number is wrong',
    suggestionZh: '号码中至少有一位填错，请对照证件逐位核对',
    suggestionEn: 'At least one character is wrong; compare it with the card character by character',
  },
  'id.address-code-unknown': {
    severity: 'warning',
    zh: '证件号码前 6 位地址码 {code} 不在现行行政区划代码中，可能是已撤销的旧代码',
    en: 'The address code {code} is not a current region code; it may be an old one',
    suggestionZh: '若证件为旧区划时签发，可忽略；否则请核对号码前 6 位',
    suggestionEn: 'Ignore this if the card was issued under an old code; otherwise check the first 6 digits',
  },
  'id.province-code-unknown': {
    severity: 'warning',
    zh: '外国人永久居留身份证号码第 2、3 位是签发省份的代码，{code} 不是任何省份的代码',
    en: 'Digits 2 and 3 of a foreign permanent resident ID give the issuing province; {code} is no province',
    suggestionZh: '请对照证件核对号码的前 3 位',
    suggestionEn: 'Check the first 3 digits against the card',
  },
  'credit-code.length': {
    severity: 'error',
    zh: '统一社会信用代码应为 18 位，当前为 {length} 位',
    en: 'The unified social credit code must have 18 characters; it has {length}',
    suggestionZh: '请对照营业执照核对单位的统一社会信用代码',
    suggestionEn: "Check the code against the employer's business licence",
  },
  'credit-code.characters': {
    severity: 'error',
    zh: '统一社会信用代码含有不允许的字符：{chars}（不使用 I、O、S、V、Z）',
    en: 'The credit code contains characters that are not allowed: {chars} (I, O, S, V, Z are never used)',
    suggestionZh: '请对照营业执照核对单位的统一社会信用代码',
    suggestionEn: "Check the code against the employer's business licence",
  },
  'credit-code.checksum': {
    severity: 'error',
    zh: '统一社会信用代码校验位不正确',
    en: 'The check character of the credit code is wrong',
    suggestionZh: '请对照营业执照逐位核对单位的统一社会信用代码',
    suggestionEn: "Compare the code with the employer's business licence character by character",
  },
  'credit-code.region-mismatch': {
    severity: 'warning',
    zh: '单位统一社会信用代码的登记地为{registered}，不在现参保地{destination}所在省',
    en: "The employer's credit code was registered in {registered}, outside the province of the destination {destination}",
    suggestionZh: '请确认填写的是现参保地单位（或其在当地分支机构）的统一社会信用代码',
    suggestionEn: 'Check that the code is that of the employer (or its local branch) at the destination',
  },
  'region.unknown': {
    severity: 'error',
    zh: '无法识别的地区：{input}',
    en: 'Unknown region: {input}',
    suggestionZh: '{hint}',
    suggestionEn: '{hintEn}',
  },
  'region.ambiguous': {
    severity: 'error',
    zh: '地区「{input}」对应多个地方：{candidates}',
    en: 'The region "{input}" matches several places: {candidatesEn}',
    suggestionZh: '请写明所属省、市，例如「{example}」，或填写 6 位行政区划代码',
    suggestionEn: 'Add the province and city, e.g. "{example}", or give the 6-digit region code',
  },
  'region.mismatch': {
    severity: 'error',
    zh: '「{child}」不属于{parent}',
    en: '"{child}" is not in {parent}',
    suggestionZh: '您是不是要找：{candidates}？',
    suggestionEn: 'Did you mean: {candidatesEn}?',
  },
  'region.outside-mainland': {
    severity: 'error',
    zh: '{name}不在内地社会保险关系转移接续的范围内',
    en: '{name} is outside the mainland transfer system',
    suggestionZh: '请填写内地的参保地',
    suggestionEn: 'Give a mainland region where the person is insured',
  },
  'region.imprecise': {
    severity: 'warning',
    zh: '{name}只精确到省级，社保和公积金按市（统筹地区）办理',
    en: '{name} is only a province; social insurance and housing funds are run by cities',
    suggestionZh: '请选择具体的市，例如「{example}」',
    suggestionEn: 'Choose the city, e.g. "{example}"',
  },
  'region.interpreted': {
    severity: 'info',
    zh: '「{input}」已按{name}处理',
    en: '"{input}" was read as {name}',
    suggestionZh: '如果不是这个地方，请填写完整的省、市、区县名称',
    suggestionEn: 'If that is not the place, give the full province, city and county names',
    detailEn: 'resolved from a short form or a Latin spelling; the full name or the 6-digit code resolves without this note',
  },
  'region.statistical': {
    severity: 'info',
    zh: '{name}是统计用的功能区（开发区、管理区等），不是行政区划，按其所在的{city}认定',
    en: '{name} is a statistical area (a development or management zone), not an administrative division; it counts as part of {city}',
    suggestionZh: '如该功能区有自己的社保经办机构，请以经办机构的要求为准',
    suggestionEn: 'If the zone has a social insurance agency of its own, follow that agency',
    detailEn: 'a code of the statistics bureau that is not on the Ministry of Civil Affairs list; policy scopes match its city',
  },
  'route.same-city': {
    severity: 'info',
    zh: '两地同属{city}：同城换单位，各险种都不需要转移',
    en: 'Both places are in {city}: within one city nothing needs to be transferred',
    suggestionZh: '由新单位办理参保登记即可，缴费年限累计计算',
    suggestionEn: 'The new employer registers you; contribution years add up',
  },
  'route.no-plan': {
    severity: 'warning',
    zh: '参保地还不确定，暂时无法判断怎么办理、何时办结',
    en: 'Until both places are known, what to do and when cannot be worked out',
    suggestionZh: '请把两地都填写为内地的城市或区县',
    suggestionEn: 'Give both places as a mainland city or county',
  },
  'route.same-region-uncertain': {
    severity: 'warning',
    zh: '原参保地与现参保地可能在同一城市，无法确认是否跨地区',
    en: 'Origin and destination may be in the same city; cannot tell whether this is a cross-region transfer',
    suggestionZh: '请把两地都精确到市或区县',
    suggestionEn: 'Give both regions down to the city or county',
  },
  'hukou.from-id-number': {
    severity: 'info',
    zh: '未填写户籍所在地，已按身份证号码推定户籍省份为{province}',
    en: 'No hukou place was given; the hukou province is taken from the ID number: {province}',
    suggestionZh: '户籍迁移过的，请填写现在的户籍所在地',
    suggestionEn: 'If the hukou has moved since, give the current hukou place',
  },
  'hukou.unknown': {
    severity: 'warning',
    zh: '无法确定户籍省份，部分险种的结论需人工复核',
    en: 'The hukou province is unknown; some decisions need review',
    suggestionZh: '请填写户籍所在地',
    suggestionEn: 'Give the hukou place',
  },
  'scheme.assumed-enterprise': {
    severity: 'info',
    zh: '未填写{ends}的养老保险类型，按企业职工基本养老保险判断',
    en: "No pension scheme was given for {endsEn}; the enterprise employees' scheme is assumed",
    suggestionZh: '机关事业单位人员或城乡居民请填写养老保险类型：省内流动和跨制度衔接的结论取决于它',
    suggestionEn: "Staff of public institutions and residents should give the pension scheme: moves within a province and between schemes depend on it",
    detailZh: 'from.scheme / to.scheme：enterprise、public-institution 或 resident',
    detailEn: 'from.scheme / to.scheme: enterprise, public-institution or resident',
  },
  'date.invalid': {
    severity: 'error',
    zh: '{label}不是有效日期：{value}',
    en: '{labelEn} is not a real date: {value}',
    suggestionZh: '请按 {example} 这样的格式填写',
    suggestionEn: 'Write it like {example}',
    detailEn: 'Format {format}',
  },
  'date.order': {
    severity: 'error',
    zh: '申请日期 {applicationDate} 早于离职日期 {separationDate}',
    en: 'The application date {applicationDate} is before the separation date {separationDate}',
    suggestionZh: '请核对离职日期和申请日期',
    suggestionEn: 'Check the separation and application dates',
  },
  'date.separation-far-future': {
    severity: 'error',
    zh: '离职日期 {separationDate} 比今天（{today}）晚一年以上',
    en: 'The separation date {separationDate} is more than a year after today ({today})',
    suggestionZh: '请核对离职日期的年份',
    suggestionEn: 'Check the year of the separation date',
  },
  'date.application-in-future': {
    severity: 'warning',
    zh: '申请日期 {applicationDate} 晚于今天（{today}）',
    en: 'The application date {applicationDate} is after today ({today})',
    suggestionZh: '请核对申请日期；预约在今后办理的可忽略此提示',
    suggestionEn: 'Check the application date; ignore this if the application is planned for later',
  },
  'date.no-reference': {
    severity: 'warning',
    zh: '没有填写申请日期，无法计算办理期限',
    en: 'No application date was given, so deadlines cannot be worked out',
    suggestionZh: '请填写申请日期',
    suggestionEn: 'Give the application date',
    detailZh: '请填写 applicationDate，或调用时传入 today 选项',
    detailEn: 'Set applicationDate, or pass the today option',
  },
  'calendar.predicted': {
    severity: 'warning',
    zh: '{years} 年放假安排尚未公布，期限按法定节假日预测，可能相差一两天',
    en: 'The {years} holiday arrangement is not published yet: deadlines are predicted from the statutory holidays and may move by a day or two',
    suggestionZh: '临近截止日请以经办机构的答复为准',
    suggestionEn: 'Near a deadline, go by what the agency says',
  },
  'calendar.beyond-data': {
    severity: 'warning',
    zh: '{years} 年的节假日安排还没有数据，期限只按普通周末计算，可能偏早',
    en: 'The holidays of {years} are not in the calendar yet; deadlines count ordinary weekends only and may come out early',
    suggestionZh: '临近截止日请以经办机构的答复为准',
    suggestionEn: 'Near a deadline, go by what the agency says',
    detailZh: '公布后在 rules/calendar/ 添加 {years} 年的文件，或升级版本',
    detailEn: 'Once published, add {years} under rules/calendar/, or upgrade',
  },
  'insurance.none': {
    severity: 'error',
    zh: '没有选择要转移的险种',
    en: 'No insurance type was chosen',
    suggestionZh: '请至少选择一项：{names}',
    suggestionEn: 'Choose at least one of: {namesEn}',
    detailEn: 'Allowed values: {types}',
  },
  'insurance.unknown': {
    severity: 'error',
    zh: '无法识别的险种：{value}',
    en: 'Unknown insurance type: {value}',
    suggestionZh: '请从以下险种中选择：{names}{hint}',
    suggestionEn: 'Choose from: {namesEn}{hintEn}',
    detailEn: 'Allowed values: {types}',
  },
  'insurance.duplicate': {
    severity: 'warning',
    zh: '{name}重复选择了',
    en: '{nameEn} is chosen twice',
    suggestionZh: '请删除重复的{name}',
    suggestionEn: 'Remove the repeated {nameEn}',
  },
  'contribution.months-exceed-working-age': {
    severity: 'error',
    zh: '{insurance}缴费 {months} 个月，超过了申请人年满16周岁以来的 {max} 个月',
    en: '{insuranceEn}: {months} months of contributions is more than the {max} months since the applicant turned 16',
    suggestionZh: '请核对缴费月数：应为累计缴费的月数，不是年数或金额',
    suggestionEn: 'Check the number: it is months of contributions, not years or an amount',
  },
  'contribution.last-paid-after-application': {
    severity: 'error',
    zh: '{insurance}最后缴费月份 {month} 晚于申请日期 {applicationDate}',
    en: '{insuranceEn}: the last paid month {month} is after the application date {applicationDate}',
    suggestionZh: '请核对最后缴费月份（以参保缴费凭证为准）',
    suggestionEn: 'Check the last paid month against the contribution certificate',
  },
  'contribution.not-requested': {
    severity: 'info',
    zh: '填写了{name}的缴费情况，但没有选择转移{name}',
    en: 'Contributions are given for {nameEn}, which is not among the insurance types chosen',
    suggestionZh: '如需转移{name}，请在要转移的险种中选择它',
    suggestionEn: 'To transfer it, choose {nameEn} among the insurance types',
  },
  'material.missing': {
    severity: 'error',
    zh: '缺少材料：《{name}》',
    en: 'Missing document: {nameEn}',
    suggestionZh: '请上传{issuer}出具的《{name}》',
    suggestionEn: 'Upload the {nameEn} issued by {issuerEn}',
  },
  'material.unknown-kind': {
    severity: 'error',
    zh: '第 {index} 份材料的类型无法识别',
    en: 'The kind of document {index} is not recognised',
    suggestionZh: '请重新选择这份材料是什么材料',
    suggestionEn: 'Choose again what this document is',
    detailEn: 'The kind "{kind}" is not in the material catalogue; known kinds: {kinds}',
  },
  'material.format-not-allowed': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》的文件格式 {format} 不被接受',
    en: 'Document {index} ({nameEn}): the file format {format} is not accepted',
    suggestionZh: '请上传 {allowed} 格式的文件',
    suggestionEn: 'Upload it as {allowed}',
  },
  'material.format-mismatch': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》的文件名后缀与文件类型不一致',
    en: 'Document {index} ({nameEn}): the file name does not match the file type',
    suggestionZh: '请重新导出为 {allowed} 文件后上传，不要只修改文件名后缀',
    suggestionEn: 'Export it again as {allowed}; do not just rename the file',
    detailEn: 'extension {extension}, type {mimeType}',
  },
  'material.content-mismatch': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》声明为 {declaredFormat}，但文件内容实际是：{detectedFormat}',
    en: 'Document {index} ({nameEn}) is declared as {declaredFormatEn}, but its content is {detectedFormatEn}',
    suggestionZh: '请重新导出为 {allowed} 文件后上传，不要只修改文件名后缀',
    suggestionEn: 'Export it again as {allowed}; do not just rename the file',
    detailEn: 'declared {declared}, detected {detected}',
  },
  'material.empty': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》是空文件',
    en: 'Document {index} ({nameEn}) is an empty file',
    suggestionZh: '请重新扫描或下载后上传',
    suggestionEn: 'Scan or download it again and re-upload',
  },
  'material.too-large': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》大小为 {size}，超过 {limit} 的上限',
    en: 'Document {index} ({nameEn}) is {size}, over the {limit} limit',
    suggestionZh: '请压缩或降低扫描分辨率后重新上传',
    suggestionEn: 'Compress it or scan at a lower resolution',
  },
  'material.illegible': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》不清晰，无法辨认',
    en: 'Document {index} ({nameEn}) cannot be read',
    suggestionZh: '请在光线充足处重新扫描或拍摄，保证文字和公章清晰完整',
    suggestionEn: 'Scan or photograph it again in good light, with all text and the seal sharp and whole',
  },
  'material.resolution-too-low': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》分辨率过低（{actual}），要求{required}',
    en: 'Document {index} ({nameEn}) has too low a resolution ({actualEn}); it needs {requiredEn}',
    suggestionZh: '请用更高的分辨率重新扫描（建议 300 dpi）',
    suggestionEn: 'Scan it again at a higher resolution (300 dpi is a safe choice)',
  },
  'material.too-few-pages': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》只有 {pages} 页，至少需要 {limit} 页',
    en: 'Document {index} ({nameEn}) has {pages} pages; it needs at least {limit}',
    suggestionZh: '请上传完整的材料，不要遗漏页面',
    suggestionEn: 'Upload the whole document, every page',
  },
  'material.too-many-pages': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》有 {pages} 页，最多 {limit} 页',
    en: 'Document {index} ({nameEn}) has {pages} pages; at most {limit} are accepted',
    suggestionZh: '请只上传该材料本身，其他材料请分别上传',
    suggestionEn: 'Upload only this document; upload other documents separately',
  },
  'material.seal-missing': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》未加盖公章',
    en: 'Document {index} ({nameEn}) has no official seal',
    suggestionZh: '请上传{issuer}出具并加盖公章的《{name}》',
    suggestionEn: 'Upload the {nameEn} issued and sealed by {issuerEn}',
  },
  'material.photocopy-not-accepted': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》不接受复印件',
    en: 'Document {index} ({nameEn}): a photocopy is not accepted',
    suggestionZh: '请上传原件的扫描件或电子证照',
    suggestionEn: 'Upload a scan of the original or the electronic certificate',
  },
  'material.electronic-not-accepted': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》不接受电子证照',
    en: 'Document {index} ({nameEn}): an electronic certificate is not accepted',
    suggestionZh: '请上传加盖公章的纸质原件扫描件',
    suggestionEn: 'Upload a scan of the sealed paper original',
  },
  'material.issuer-not-origin': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》应由原参保地（{place}）出具，但出具地为{issuer}',
    en: 'Document {index} ({nameEn}) must be issued in the origin region ({place}), but was issued in {issuer}',
    suggestionZh: '请向{place}的经办机构申请开具',
    suggestionEn: 'Ask the agency in {place} to issue it',
  },
  'material.issuer-not-destination': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》应由现参保地（{place}）出具，但出具地为{issuer}',
    en: 'Document {index} ({nameEn}) must be issued in the destination region ({place}), but was issued in {issuer}',
    suggestionZh: '请向{place}的经办机构申请开具',
    suggestionEn: 'Ask the agency in {place} to issue it',
  },
  'material.issued-in-future': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》的出具日期 {date} 晚于今天',
    en: 'Document {index} ({nameEn}) is dated {date}, which is in the future',
    suggestionZh: '请核对材料上的出具日期',
    suggestionEn: 'Check the date on the document',
  },
  'material.expired': {
    severity: 'error',
    zh: '第 {index} 份材料《{name}》出具于 {date}，已过 {age} 天，超过 {days} 天的有效期',
    en: 'Document {index} ({nameEn}) was issued on {date}, {age} days ago: more than the {days} days it is valid for',
    suggestionZh: '请重新开具近期的《{name}》',
    suggestionEn: 'Have a recent {nameEn} issued',
  },
  'material.issued-date-missing': {
    severity: 'warning',
    zh: '第 {index} 份材料《{name}》没有出具日期，无法确认是否在 {days} 天有效期内',
    en: 'Document {index} ({nameEn}) has no issue date, so its {days}-day validity cannot be checked',
    suggestionZh: '请填写材料上的出具日期',
    suggestionEn: 'Give the date on the document',
  },
  'material.duplicate': {
    severity: 'warning',
    zh: '《{name}》上传了多份（第 {indexes} 份）',
    en: '{nameEn} was uploaded more than once (documents {indexesEn})',
    suggestionZh: '请删除多余的副本，只保留一份',
    suggestionEn: 'Remove the extra copies and keep one',
  },
  'material.not-required': {
    severity: 'info',
    zh: '第 {index} 份材料《{name}》不是本次所选险种需要的材料',
    en: 'Document {index} ({nameEn}) is not needed for the chosen insurance types',
    suggestionZh: '可以删除；如确需提交，请与经办机构确认',
    suggestionEn: 'It can be removed; check with the agency if you mean to submit it',
  },
  'policy.notice': {
    severity: 'warning',
    zh: '政策提示：{message}',
    en: 'Policy notice: {messageEn}',
    suggestionZh: '{suggestion}',
    suggestionEn: '{suggestionEn}',
  },
  'policy.unverified': {
    severity: 'warning',
    zh: '{insuranceName}：此项要求尚待当地经办机构确认',
    en: '{insuranceNameEn}: this requirement is still to be confirmed by the local agency',
    suggestionZh: '办理前请向当地经办机构确认',
    suggestionEn: 'Confirm it with the local agency before relying on it',
    detailZh: '规则文件中标为未核实（verified: false）',
    detailEn: 'marked unverified (verified: false) in the policy files',
  },
  'policy.no-decision': {
    severity: 'warning',
    zh: '{insuranceName}：现行政策没有给出结论，需人工复核',
    en: '{insuranceNameEn}: no policy in force decides this case; it needs review',
    suggestionZh: '请向经办机构确认该险种如何办理',
    suggestionEn: 'Ask the agency how this insurance type is handled',
  },
} as const satisfies Record<string, CodeEntry>;

export type IssueCode = keyof typeof CORE_ISSUE_CODES | RosterIssueCode | LineIssueCode | RegionHistoryIssueCode;

/** Every code this build can create: the core ones, and those registered by the modules that use them. */
const catalogue: Record<string, CodeEntry> = { ...CORE_ISSUE_CODES };

/** The entry of a code this build knows, or undefined. */
export function issueCodeEntry(code: string): CodeEntry | undefined {
  return Object.hasOwn(catalogue, code) ? catalogue[code] : undefined;
}

/** Adds a module's own codes (the roster check's) to what createIssue knows. */
export function registerIssueCodes(codes: Record<string, CodeEntry>): void {
  Object.assign(catalogue, codes);
}

/** `{label}` names the field as the form does; every other placeholder comes from the params. */
function fill(template: string, params: Record<string, string | number>, label: () => { zh: string; en: string }): string {
  return fillTemplate(template, (name) => (name === 'label' ? label().zh : name === 'labelEn' ? label().en : params[name]));
}

export interface IssueExtras {
  ruleId?: string;
  source?: Source;
  severity?: Severity;
  /** The field's name where the reader calls it otherwise (a roster's column header). */
  label?: { zh: string; en: string };
}

/** The field a message names: the one its params say, else the one at its path. */
function labelOf(params: Record<string, string | number>, path: IssuePath): { zh: string; en: string } {
  return fieldLabel(params.field !== undefined ? String(params.field) : path);
}

/** The developer's detail: the code's own, then the field path and the rule. */
function detailOf(entry: CodeEntry, path: IssuePath, params: Record<string, string | number>, ruleId: string | undefined, label: () => { zh: string; en: string }) {
  const zh: string[] = [];
  const en: string[] = [];
  if (entry.detailEn) {
    // Technical details (a parser's words, a MIME type) are English in both languages.
    zh.push(fill(entry.detailZh ?? entry.detailEn, params, label));
    en.push(fill(entry.detailEn, params, label));
  }
  const field = path.length > 0 ? fieldName(path) : typeof params.field === 'string' ? params.field : '';
  if (field) {
    zh.push(`字段 ${field}`);
    en.push(`field ${field}`);
  }
  if (ruleId) {
    zh.push(`规则 ${ruleId}`);
    en.push(`rule ${ruleId}`);
  }
  return zh.length > 0 ? { detail: zh.join('；'), detailEn: en.join('; ') } : undefined;
}

/** Builds an Issue of a catalogued code, with both languages filled in. */
export function createIssue(
  code: IssueCode,
  path: IssuePath,
  params: Record<string, string | number> = {},
  locale: Locale = 'zh-CN',
  extras: IssueExtras = {},
): Issue {
  const entry = catalogue[code]!;
  let labels: { zh: string; en: string } | undefined;
  const label = () => (labels ??= extras.label ?? labelOf(params, path));
  const zh = fill(entry.zh, params, label);
  const en = fill(entry.en, params, label);
  const issue: Issue = {
    code,
    severity: extras.severity ?? entry.severity,
    path,
    message: locale === 'en' ? en : zh,
    messageEn: en,
  };
  if (entry.suggestionZh && entry.suggestionEn) {
    const suggestionZh = fill(entry.suggestionZh, params, label);
    issue.suggestionEn = fill(entry.suggestionEn, params, label);
    issue.suggestion = locale === 'en' ? issue.suggestionEn : suggestionZh;
  }
  const detail = detailOf(entry, path, params, extras.ruleId, label);
  if (detail) {
    issue.detail = locale === 'en' ? detail.detailEn : detail.detail;
    issue.detailEn = detail.detailEn;
  }
  if (extras.ruleId) issue.ruleId = extras.ruleId;
  if (extras.source) issue.source = extras.source;
  if (Object.keys(params).length > 0) issue.params = params;
  return issue;
}

/** Freezes an issue with its path and params, to be shared by every result that reports it. */
export function freezeIssue(issue: Issue): Issue {
  Object.freeze(issue.path);
  if (issue.params) Object.freeze(issue.params);
  return Object.freeze(issue);
}

/** Collects issues in one locale; every checker pushes into one of these. */
export class IssueList {
  readonly items: Issue[] = [];
  /**
   * 'en', or 'zh-CN' for anything else — as the messages read. What is made once per language
   * (plans, shared pieces, calendar notes) is keyed by this, so a host passing any string it
   * receives (an Accept-Language header) cannot make those caches grow.
   */
  readonly locale: Locale;

  constructor(locale?: Locale) {
    this.locale = locale === 'en' ? 'en' : 'zh-CN';
  }

  add(
    code: IssueCode,
    path: IssuePath,
    params: Record<string, string | number> = {},
    extras: IssueExtras = {},
  ): Issue {
    const issue = createIssue(code, path, params, this.locale, extras);
    this.items.push(issue);
    return issue;
  }

  /** Adds issues found by a function that checks one field, placing them at that field. */
  addAt(path: IssuePath, issues: Issue[]): void {
    for (const issue of issues) {
      // The texts stay (they name the field from params, not from the path); the detail names the new path.
      const full = [...path, ...issue.path];
      const params = issue.params ?? {};
      const detail = detailOf(catalogue[issue.code]!, full, params, issue.ruleId, () => labelOf(params, full));
      this.items.push({ ...issue, path: full, ...(detail ? { detail: this.locale === 'en' ? detail.detailEn : detail.detail, detailEn: detail.detailEn } : {}) });
    }
  }
}
