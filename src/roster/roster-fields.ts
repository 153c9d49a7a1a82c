/**
 * The columns a roster may have: for each field of the input contract, the headers HR
 * spreadsheets use for it (Chinese by default; a mapping names others), what kind of value it holds
 * and where it goes in an application.
 */
export type FieldKind = 'text' | 'name' | 'id' | 'gender' | 'region' | 'date' | 'month' | 'insurances' | 'months' | 'credit-code';

export interface RosterField {
  key: string;
  kind: FieldKind;
  /** Where the value goes in the application. */
  path: (string | number)[];
  headers: readonly string[];
  /** Without this column no row can become an application. */
  required?: boolean;
}

export const ROSTER_FIELDS: readonly RosterField[] = [
  { key: 'name', kind: 'name', path: ['applicant', 'name'], headers: ['姓名', '员工姓名', '职工姓名'], required: true },
  { key: 'idNumber', kind: 'id', path: ['applicant', 'idNumber'], headers: ['身份证号', '身份证号码', '证件号码', '公民身份号码', '身份证'], required: true },
  { key: 'gender', kind: 'gender', path: ['applicant', 'gender'], headers: ['性别'] },
  { key: 'birthDate', kind: 'date', path: ['applicant', 'birthDate'], headers: ['出生日期', '出生年月日'] },
  { key: 'hukouRegion', kind: 'region', path: ['applicant', 'hukouRegion'], headers: ['户籍地', '户籍所在地', '户口所在地'] },
  { key: 'from', kind: 'region', path: ['from', 'region'], headers: ['原参保地', '转出地', '原参保地区'], required: true },
  { key: 'to', kind: 'region', path: ['to', 'region'], headers: ['现参保地', '转入地', '现参保地区'], required: true },
  { key: 'insuranceTypes', kind: 'insurances', path: ['insuranceTypes'], headers: ['参保险种', '转移险种', '险种'], required: true },
  { key: 'separationDate', kind: 'date', path: ['separationDate'], headers: ['离职日期'] },
  { key: 'applicationDate', kind: 'date', path: ['applicationDate'], headers: ['申请日期'] },
  { key: 'pensionMonths', kind: 'months', path: ['contributions', 'pension', 'months'], headers: ['养老缴费月数', '养老保险缴费月数', '养老月数'] },
  { key: 'medicalMonths', kind: 'months', path: ['contributions', 'medical', 'months'], headers: ['医疗缴费月数', '医疗保险缴费月数', '医疗月数'] },
  { key: 'unemploymentMonths', kind: 'months', path: ['contributions', 'unemployment', 'months'], headers: ['失业缴费月数', '失业保险缴费月数', '失业月数'] },
  { key: 'housingFundMonths', kind: 'months', path: ['contributions', 'housing-fund', 'months'], headers: ['公积金缴费月数', '住房公积金缴费月数', '公积金月数'] },
  { key: 'lastPaidMonth', kind: 'month', path: ['contributions', '*', 'lastPaidMonth'], headers: ['最后缴费月份', '最后缴费月', '缴费截止月份'] },
  { key: 'employerName', kind: 'text', path: ['employer', 'name'], headers: ['单位名称', '用人单位', '现单位'] },
  { key: 'creditCode', kind: 'credit-code', path: ['employer', 'creditCode'], headers: ['统一社会信用代码', '单位统一社会信用代码', '信用代码'] },
];

/** A header as compared: no spaces, no marks such as * or （必填）, half-width. */
export function headerKey(header: string): string {
  return toHalfWidth(header)
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*：:]/g, '')
    .toLowerCase();
}

/** Full-width ASCII (０-９, Ａ-Ｚ, the ideographic space) as half-width. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
