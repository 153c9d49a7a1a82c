/**
 * The facts that policy conditions may test, computed once per application (and, for the item
 * facts, once per insurance type). A fact that cannot be known is null: every numeric operator is
 * false on null, so a rule never fires on a guess.
 */
import type { FactName } from './fact-names.js';

export { isFactName, type FactName, type Facts } from './fact-names.js';

export interface FactDefinition {
  type: 'number' | 'string' | 'boolean' | 'string[]';
  description: string;
  descriptionEn: string;
  /** The values a string fact takes. */
  values?: readonly string[];
  /** Item facts differ per insurance type. */
  perInsurance?: boolean;
}

export const FACTS = {
  age: { type: 'number', description: '申请日当天的周岁年龄', descriptionEn: 'Age in whole years on the application date' },
  gender: { type: 'string', description: '性别', descriptionEn: 'gender', values: ['male', 'female'] },
  idKind: {
    type: 'string',
    description: '证件类型',
    descriptionEn: 'kind of identity document',
    values: ['resident', 'hk-permit', 'macao-permit', 'taiwan-permit', 'foreign-permanent'],
  },
  hukouProvince: { type: 'string', description: '户籍所在省的 2 位代码', descriptionEn: '2-digit code of the hukou province' },
  fromProvince: { type: 'string', description: '原参保地省份的 2 位代码', descriptionEn: '2-digit code of the origin province' },
  fromCity: { type: 'string', description: '原参保地城市的 4 位代码', descriptionEn: '4-digit code of the origin city' },
  fromRegion: { type: 'string', description: '原参保地最精确的代码（2、4 或 6 位）', descriptionEn: 'Most precise origin code (2, 4 or 6 digits)' },
  toProvince: { type: 'string', description: '现参保地省份的 2 位代码', descriptionEn: '2-digit code of the destination province' },
  toCity: { type: 'string', description: '现参保地城市的 4 位代码', descriptionEn: '4-digit code of the destination city' },
  toRegion: { type: 'string', description: '现参保地最精确的代码（2、4 或 6 位）', descriptionEn: 'Most precise destination code (2, 4 or 6 digits)' },
  sameProvince: { type: 'boolean', description: '两地是否同省', descriptionEn: 'Origin and destination are in one province' },
  samePoolingArea: {
    type: 'boolean',
    description: '两地是否在同一统筹地区（同一城市或直辖市）',
    descriptionEn: 'Origin and destination are in one pooling area (one city or municipality)',
  },
  fromScheme: {
    type: 'string',
    description: '原参保地的养老保险类型（未填写时按企业职工）',
    descriptionEn: 'Pension scheme at the origin (enterprise when not given)',
    values: ['enterprise', 'public-institution', 'resident'],
  },
  toScheme: {
    type: 'string',
    description: '现参保地的养老保险类型（未填写时按企业职工）',
    descriptionEn: 'Pension scheme at the destination (enterprise when not given)',
    values: ['enterprise', 'public-institution', 'resident'],
  },
  returnsToHukouProvince: {
    type: 'boolean',
    description: '现参保地是否为户籍所在省',
    descriptionEn: 'The destination is in the hukou province',
  },
  reason: { type: 'string', description: '转移原因', descriptionEn: 'reason for the move', values: ['job-change', 'relocation', 'hukou-move', 'other'] },
  insuranceTypes: { type: 'string[]', description: '申请转移的险种', descriptionEn: 'Insurance types applied for' },
  applicationDate: { type: 'string', description: '申请日期 YYYY-MM-DD', descriptionEn: 'Application date, YYYY-MM-DD' },
  monthsSinceSeparation: {
    type: 'number',
    description: '离职至申请日的整月数',
    descriptionEn: 'Whole months from separation to the application date',
  },
  applicationChannel: {
    type: 'string',
    description: '办理渠道：网上（国家平台、掌上12333等）或窗口；未填写时未知',
    descriptionEn: 'Where the application is made: online (national platforms, apps) or at the counter; unknown when not given',
    values: ['online', 'counter'],
  },
  insurance: { type: 'string', description: '正在判断的险种', descriptionEn: 'The insurance type being decided', perInsurance: true },
  contributionMonths: {
    type: 'number',
    description: '该险种累计缴费月数',
    descriptionEn: 'Months of contributions to this insurance',
    perInsurance: true,
  },
  monthsSinceLastPaid: {
    type: 'number',
    description: '该险种最后缴费月至申请月的月数',
    descriptionEn: 'Months from the last paid month to the application month',
    perInsurance: true,
  },
  accountStatus: {
    type: 'string',
    description: '原账户状态',
    descriptionEn: 'status of the origin account',
    values: ['active', 'sealed', 'closed'],
    perInsurance: true,
  },
  destinationAccountOpened: {
    type: 'boolean',
    description: '是否已在现参保地开户并缴存（公积金）',
    descriptionEn: 'An account is open and paid into at the destination (housing fund)',
    perInsurance: true,
  },
  receivingBenefits: {
    type: 'boolean',
    description: '是否正在领取失业保险金',
    descriptionEn: 'The person is drawing unemployment benefits',
    perInsurance: true,
  },
  outstandingLoan: {
    type: 'boolean',
    description: '原参保地是否有未结清的贷款（公积金）',
    descriptionEn: 'An unpaid loan remains at the origin (housing fund)',
    perInsurance: true,
  },
} as const satisfies Record<FactName, FactDefinition>;
