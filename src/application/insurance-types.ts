/** The five social insurances and the housing provident fund, with their names. */
export const INSURANCE_TYPES = [
  'pension',
  'medical',
  'unemployment',
  'work-injury',
  'maternity',
  'housing-fund',
] as const;

export type InsuranceType = (typeof INSURANCE_TYPES)[number];

export const INSURANCE_NAMES: Record<InsuranceType, { zh: string; en: string }> = {
  pension: { zh: '基本养老保险', en: 'pension insurance' },
  medical: { zh: '基本医疗保险', en: 'medical insurance' },
  unemployment: { zh: '失业保险', en: 'unemployment insurance' },
  'work-injury': { zh: '工伤保险', en: 'work-injury insurance' },
  maternity: { zh: '生育保险', en: 'maternity insurance' },
  'housing-fund': { zh: '住房公积金', en: 'housing provident fund' },
};

/** The six names listed, for a message that offers them all. */
export function insuranceNameLists(): { names: string; namesEn: string } {
  const names = Object.values(INSURANCE_NAMES);
  return { names: names.map((n) => n.zh).join('、'), namesEn: names.map((n) => n.en).join(', ') };
}

/** Words people type for each type, so an unknown value can be answered with the right id. */
const ALIASES: Record<string, InsuranceType> = {
  养老: 'pension',
  养老保险: 'pension',
  基本养老保险: 'pension',
  医疗: 'medical',
  医保: 'medical',
  医疗保险: 'medical',
  基本医疗保险: 'medical',
  失业: 'unemployment',
  失业保险: 'unemployment',
  工伤: 'work-injury',
  工伤保险: 'work-injury',
  workinjury: 'work-injury',
  work_injury: 'work-injury',
  生育: 'maternity',
  生育保险: 'maternity',
  公积金: 'housing-fund',
  住房公积金: 'housing-fund',
  housingfund: 'housing-fund',
  housing_fund: 'housing-fund',
  'provident-fund': 'housing-fund',
};

export function isInsuranceType(value: unknown): value is InsuranceType {
  return typeof value === 'string' && (INSURANCE_TYPES as readonly string[]).includes(value);
}

/** The insurance type an unknown value most likely means (养老 → pension), if any. */
export function guessInsuranceType(value: unknown): InsuranceType | undefined {
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase();
  if (isInsuranceType(key)) return key;
  const compact = key.replace(/\s+/g, '');
  // Own keys only: "constructor" is no insurance type, and must not find Object's.
  return Object.hasOwn(ALIASES, key) ? ALIASES[key] : Object.hasOwn(ALIASES, compact) ? ALIASES[compact] : undefined;
}
