/** The issue for an insurance type that is not one of the six, naming the id it most likely meant. */
import { textOf } from '../input/text-of.js';
import type { IssueList, IssuePath } from '../issues.js';
import { guessInsuranceType, INSURANCE_NAMES, INSURANCE_TYPES, insuranceNameLists } from './insurance-types.js';

export function reportUnknownInsuranceType(value: unknown, path: IssuePath, issues: IssueList): void {
  const guess = guessInsuranceType(value);
  const text = textOf(value) ?? (value === null ? 'null' : `(${typeof value})`);
  issues.add('insurance.unknown', path, {
    value: text,
    types: INSURANCE_TYPES.join(', '),
    ...insuranceNameLists(),
    ...(guess ? { guess } : {}),
    hint: guess ? `（「${text}」是指${INSURANCE_NAMES[guess].zh}吗？）` : '',
    hintEn: guess ? ` (does "${text}" mean ${INSURANCE_NAMES[guess].en}?)` : '',
  });
}
