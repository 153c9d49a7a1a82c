/**
 * Checks the applicant: name, identity number, and the gender and birth date declared beside it.
 * Returns what is known of the person for the policy facts.
 */
import type { ParsedApplication } from '../application/parse-application.js';
import type { IssueList } from '../issues.js';
import { parseIdNumber, type IdKind } from './id-number.js';

export interface Person {
  birthDate?: string;
  gender?: 'male' | 'female';
  idKind?: IdKind;
  /** The 6-digit address code of a resident ID. */
  addressCode?: string;
}

const GENDER_ZH = { male: '男', female: '女' } as const;

export function checkApplicant(
  applicant: ParsedApplication['applicant'],
  today: string | undefined,
  issues: IssueList,
): Person {
  const person: Person = {};
  if (!applicant) return person;
  if (typeof applicant.name === 'string' && applicant.name.trim() === '') {
    issues.add('applicant.name-empty', ['applicant', 'name']);
  }
  const idPath = ['applicant', 'idNumber'];
  if (typeof applicant.idNumber === 'string') {
    const parsed = parseIdNumber(applicant.idNumber, { locale: issues.locale, ...(today === undefined ? {} : { today }) });
    issues.addAt(idPath, parsed.issues);
    const id = parsed.value;
    if (id) {
      person.birthDate = id.birthDate;
      person.idKind = id.kind;
      if (id.gender) person.gender = id.gender;
      if (id.kind === 'resident') person.addressCode = id.addressCode;
    }
  }
  if (applicant.gender) {
    if (person.gender && applicant.gender !== person.gender) {
      issues.add('applicant.gender-mismatch', ['applicant', 'gender'], {
        declared: GENDER_ZH[applicant.gender],
        derived: GENDER_ZH[person.gender],
        declaredEn: applicant.gender,
        derivedEn: person.gender,
      });
    } else if (!person.gender) {
      person.gender = applicant.gender; // the ID does not say (foreign permanent residents) or is invalid
    }
  }
  if (applicant.birthDate) {
    if (person.birthDate && applicant.birthDate !== person.birthDate) {
      issues.add('applicant.birth-date-mismatch', ['applicant', 'birthDate'], {
        declared: applicant.birthDate,
        derived: person.birthDate,
      });
    } else if (!person.birthDate) {
      person.birthDate = applicant.birthDate;
    }
  }
  return person;
}
