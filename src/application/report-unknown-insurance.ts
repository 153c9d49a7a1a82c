/** The issue for an insurance type that is not one of the six, naming the id it most likely meant. */
import type { IssueList, IssuePath } from '../issues.js';
import { guessInsuranceType, INSURANCE_TYPES } from './insurance-types.js';

export function reportUnknownInsuranceType(value: unknown, path: IssuePath, issues: IssueList): void {
  const guess = guessInsuranceType(value);
  issues.add('insurance.unknown', path, {
    value: String(value),
    types: INSURANCE_TYPES.join(', '),
    hint: guess ? `（「${String(value)}」应写作 ${guess}）` : '',
    hintEn: guess ? ` ("${String(value)}" is written ${guess})` : '',
  });
}
