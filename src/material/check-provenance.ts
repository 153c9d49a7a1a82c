/** Where a document comes from: its seal, the region and date it was issued, and its form. */
import { toDayNumber } from '../calendar/iso-date.js';
import { resolveRegionAt } from '../region/check-route.js';
import type { Region } from '../region/catalogue.js';
import { fieldPath, report, type MaterialCheck } from './material-check.js';

/** Whether a document issued in `issuer` counts as issued in `place`'s region. */
function issuedWithin(issuer: Region, place: Region): boolean {
  if (place.code.startsWith(issuer.code)) return true; // a provincial agency above the place
  if (place.level === 'province') return issuer.provinceCode === place.provinceCode;
  return issuer.cityCode !== undefined && issuer.cityCode === place.cityCode;
}

export function checkProvenance(check: MaterialCheck): void {
  const { material, constraints: c, today } = check;
  if (c.sealRequired && material.hasOfficialSeal !== true) {
    report(check, 'material.seal-missing', 'hasOfficialSeal', { issuer: c.issuerName, issuerEn: c.issuerNameEn });
  }
  if (material.form === 'photocopy' && !c.photocopyAccepted) report(check, 'material.photocopy-not-accepted', 'form');
  if (material.form === 'electronic' && !c.electronicAccepted) report(check, 'material.electronic-not-accepted', 'form');

  if (material.issuedBy !== undefined) {
    const issuer = resolveRegionAt(material.issuedBy, fieldPath(check, 'issuedBy'), check.issues);
    const place = c.issuedIn === 'origin' ? check.from : c.issuedIn === 'destination' ? check.to : undefined;
    if (issuer && place && !issuedWithin(issuer, place)) {
      report(check, c.issuedIn === 'origin' ? 'material.issuer-not-origin' : 'material.issuer-not-destination', 'issuedBy', {
        place: place.path.join(''),
        issuer: issuer.path.join(''),
      });
    }
  }

  if (material.issuedDate === undefined) {
    if (c.maxAgeDays !== undefined) report(check, 'material.issued-date-missing', 'issuedDate', { days: c.maxAgeDays });
    return;
  }
  if (today === undefined) return;
  if (material.issuedDate > today) {
    report(check, 'material.issued-in-future', 'issuedDate', { date: material.issuedDate });
  } else if (c.maxAgeDays !== undefined) {
    const age = toDayNumber(today) - toDayNumber(material.issuedDate);
    if (age > c.maxAgeDays) report(check, 'material.expired', 'issuedDate', { date: material.issuedDate, age, days: c.maxAgeDays });
  }
}
