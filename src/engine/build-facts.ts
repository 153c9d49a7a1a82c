/** Computes the facts of an application once, and the per-insurance facts of each item. */
import type { InsuranceType } from '../application/insurance-types.js';
import { DEFAULT_SCHEME } from '../application/schemes.js';
import type { ParsedApplication } from '../application/parse-application.js';
import { ageOn, monthsBetween } from '../calendar/iso-date.js';
import type { Person } from '../identity/check-applicant.js';
import type { RouteCheck } from '../region/check-route.js';
import type { Facts } from './facts.js';

export type ApplicationFacts = Omit<
  Facts,
  'insurance' | 'contributionMonths' | 'monthsSinceLastPaid' | 'accountStatus' | 'destinationAccountOpened' | 'receivingBenefits' | 'outstandingLoan'
>;

export function buildApplicationFacts(
  app: ParsedApplication,
  person: Person,
  route: RouteCheck,
  insuranceTypes: InsuranceType[],
  referenceDate: string | undefined,
): ApplicationFacts {
  const { from, to, hukouProvince } = route;
  return {
    age: person.birthDate && referenceDate ? ageOn(person.birthDate, referenceDate) : null,
    gender: person.gender ?? null,
    idKind: person.idKind ?? null,
    hukouProvince: hukouProvince ?? null,
    fromProvince: from?.provinceCode ?? null,
    fromCity: from?.cityCode ?? null,
    fromRegion: from?.code ?? null,
    toProvince: to?.provinceCode ?? null,
    toCity: to?.cityCode ?? null,
    toRegion: to?.code ?? null,
    sameProvince: from && to ? from.provinceCode === to.provinceCode : null,
    samePoolingArea: from?.cityCode && to?.cityCode ? from.cityCode === to.cityCode : null,
    fromScheme: app.from?.scheme ?? DEFAULT_SCHEME,
    toScheme: app.to?.scheme ?? DEFAULT_SCHEME,
    returnsToHukouProvince: to && hukouProvince ? to.provinceCode === hukouProvince : null,
    reason: app.reason ?? null,
    insuranceTypes,
    applicationDate: referenceDate ?? null,
    monthsSinceSeparation:
      app.separationDate && referenceDate && app.separationDate <= referenceDate ? monthsBetween(app.separationDate, referenceDate) : null,
    applicationChannel: app.applicationChannel ?? null,
  };
}

/**
 * The facts of one item written into `facts` (made by buildItemFacts for another type of the same
 * application): the application's facts stay, the per-type ones change. Items are decided one
 * after the other and nothing keeps a facts object, so one object serves them all.
 */
export function setItemFacts(facts: Facts, app: ParsedApplication, insurance: InsuranceType, referenceDate: string | undefined): Facts {
  const c = app.contributions?.[insurance];
  facts.insurance = insurance;
  facts.contributionMonths = c?.months ?? null;
  facts.monthsSinceLastPaid = c?.lastPaidMonth && referenceDate ? monthsBetween(c.lastPaidMonth, referenceDate) : null;
  facts.accountStatus = c?.accountStatus ?? null;
  facts.destinationAccountOpened = c?.destinationAccountOpened ?? null;
  facts.receivingBenefits = c?.receivingBenefits ?? null;
  facts.outstandingLoan = c?.outstandingLoan ?? null;
  return facts;
}

export function buildItemFacts(
  base: ApplicationFacts,
  app: ParsedApplication,
  insurance: InsuranceType,
  referenceDate: string | undefined,
): Facts {
  const c = app.contributions?.[insurance];
  // Spelled out rather than spread: one fixed shape keeps the predicates' property reads fast.
  return {
    age: base.age,
    gender: base.gender,
    idKind: base.idKind,
    hukouProvince: base.hukouProvince,
    fromProvince: base.fromProvince,
    fromCity: base.fromCity,
    fromRegion: base.fromRegion,
    toProvince: base.toProvince,
    toCity: base.toCity,
    toRegion: base.toRegion,
    sameProvince: base.sameProvince,
    samePoolingArea: base.samePoolingArea,
    fromScheme: base.fromScheme,
    toScheme: base.toScheme,
    returnsToHukouProvince: base.returnsToHukouProvince,
    reason: base.reason,
    insuranceTypes: base.insuranceTypes,
    applicationDate: base.applicationDate,
    monthsSinceSeparation: base.monthsSinceSeparation,
    applicationChannel: base.applicationChannel,
    insurance,
    contributionMonths: c?.months ?? null,
    monthsSinceLastPaid: c?.lastPaidMonth && referenceDate ? monthsBetween(c.lastPaidMonth, referenceDate) : null,
    accountStatus: c?.accountStatus ?? null,
    destinationAccountOpened: c?.destinationAccountOpened ?? null,
    receivingBenefits: c?.receivingBenefits ?? null,
    outstandingLoan: c?.outstandingLoan ?? null,
  };
}
