/**
 * The constraints one uploaded document must meet: the catalogue's defaults for its kind,
 * tightened by every policy requirement of that kind in this application.
 */
import type { MaterialKind } from '../policy/schema.js';
import { ISSUER_NAMES } from '../policy/vocabulary.js';
import type { DocumentTerms, RequiredDocument } from '../result.js';

export type Constraints = Pick<
  DocumentTerms,
  | 'formats'
  | 'maxSizeBytes'
  | 'sealRequired'
  | 'issuedIn'
  | 'minShortSidePx'
  | 'minDpi'
  | 'minPages'
  | 'maxPages'
  | 'maxAgeDays'
  | 'photocopyAccepted'
  | 'electronicAccepted'
> & { issuerName: string; issuerNameEn: string };

const max = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));
const min = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

export function constraintsFor(kind: MaterialKind, required: RequiredDocument[]): Constraints {
  const issuer = required[0]?.issuer ?? kind.issuer;
  const c: Constraints = {
    formats: required[0]?.formats ?? kind.formats,
    maxSizeBytes: kind.maxSizeBytes,
    sealRequired: kind.sealRequired,
    issuerName: ISSUER_NAMES[issuer].zh,
    issuerNameEn: ISSUER_NAMES[issuer].en,
    photocopyAccepted: kind.photocopyAccepted ?? true,
    electronicAccepted: kind.electronicAccepted ?? true,
  };
  let { minShortSidePx, minDpi, minPages, maxPages, maxAgeDays } = kind;
  for (const r of required) {
    if (r.formats !== c.formats) c.formats = c.formats.filter((f) => r.formats.includes(f));
    if (r.maxSizeBytes < c.maxSizeBytes) c.maxSizeBytes = r.maxSizeBytes;
    if (r.sealRequired) c.sealRequired = true;
    if (r.issuedIn && !c.issuedIn) c.issuedIn = r.issuedIn;
    if (!r.photocopyAccepted) c.photocopyAccepted = false;
    if (!r.electronicAccepted) c.electronicAccepted = false;
    minShortSidePx = max(minShortSidePx, r.minShortSidePx);
    minDpi = max(minDpi, r.minDpi);
    minPages = max(minPages, r.minPages);
    maxPages = min(maxPages, r.maxPages);
    maxAgeDays = min(maxAgeDays, r.maxAgeDays);
  }
  if (minShortSidePx !== undefined) c.minShortSidePx = minShortSidePx;
  if (minDpi !== undefined) c.minDpi = minDpi;
  if (minPages !== undefined) c.minPages = minPages;
  if (maxPages !== undefined) c.maxPages = maxPages;
  if (maxAgeDays !== undefined) c.maxAgeDays = maxAgeDays;
  return c;
}
