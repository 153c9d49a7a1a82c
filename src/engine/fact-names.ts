/**
 * The names of the facts policy conditions may test; `FACTS` (facts.ts) describes each. Kept apart
 * from the descriptions so that validation, which only needs the names, carries none of them.
 */
export const FACT_NAMES = [
  'age',
  'gender',
  'idKind',
  'hukouProvince',
  'fromProvince',
  'fromCity',
  'fromRegion',
  'toProvince',
  'toCity',
  'toRegion',
  'sameProvince',
  'samePoolingArea',
  'fromScheme',
  'toScheme',
  'returnsToHukouProvince',
  'reason',
  'insuranceTypes',
  'applicationDate',
  'monthsSinceSeparation',
  'applicationChannel',
  'insurance',
  'contributionMonths',
  'monthsSinceLastPaid',
  'accountStatus',
  'destinationAccountOpened',
  'receivingBenefits',
  'outstandingLoan',
] as const;

export type FactName = (typeof FACT_NAMES)[number];
export type Facts = Record<FactName, string | number | boolean | string[] | null>;

const names: ReadonlySet<string> = new Set(FACT_NAMES);

export function isFactName(name: string): name is FactName {
  return names.has(name);
}

/** The facts that are lists (always: an empty one when there is nothing); every other fact is a number, text, yes/no or missing. */
export function isListFact(name: string): boolean {
  return name === 'insuranceTypes';
}
