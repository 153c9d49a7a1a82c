/**
 * The terms of a required document: the policy part's, over the material catalogue's defaults.
 * They depend only on the part and the locale, so they are worked out once and frozen; each result
 * gets its own top-level copy.
 */
import type { Locale } from '../issues.js';
import type { MaterialKind, MaterialRequirement } from '../policy/schema.js';
import { ISSUER_NAMES } from '../policy/vocabulary.js';
import type { DocumentTerms } from '../result.js';

const cache = new WeakMap<MaterialRequirement, Partial<Record<Locale, Readonly<DocumentTerms>>>>();

function workOut(part: MaterialRequirement, catalogue: Map<string, MaterialKind>, locale: Locale): Readonly<DocumentTerms> {
  const lang = locale === 'en' ? 'en' : 'zh';
  const kind = catalogue.get(part.kind)!;
  const issuer = part.issuer ?? kind.issuer;
  const terms: DocumentTerms = {
    kind: part.kind,
    name: lang === 'en' ? kind.nameEn : kind.name,
    nameEn: kind.nameEn,
    issuer,
    issuerName: ISSUER_NAMES[issuer][lang],
    sealRequired: part.sealRequired ?? kind.sealRequired,
    formats: Object.freeze([...(part.formats ?? kind.formats)]) as DocumentTerms['formats'],
    maxSizeBytes: part.maxSizeBytes ?? kind.maxSizeBytes,
    photocopyAccepted: part.photocopyAccepted ?? kind.photocopyAccepted ?? true,
    electronicAccepted: part.electronicAccepted ?? kind.electronicAccepted ?? true,
  };
  for (const key of ['minShortSidePx', 'minDpi', 'minPages', 'maxPages', 'maxAgeDays'] as const) {
    const value = part[key] ?? kind[key];
    if (value !== undefined) terms[key] = value;
  }
  if (part.alternatives) {
    terms.alternatives = Object.freeze(
      part.alternatives.map((alt) => {
        const entry = catalogue.get(alt)!;
        return Object.freeze({ kind: alt, name: lang === 'en' ? entry.nameEn : entry.name, nameEn: entry.nameEn });
      }),
    ) as DocumentTerms['alternatives'];
  }
  if (part.issuedIn) terms.issuedIn = part.issuedIn;
  return Object.freeze(terms);
}

/** A fresh copy of the terms of a document requirement, in the locale's language. */
export function documentTerms(part: MaterialRequirement, catalogue: Map<string, MaterialKind>, locale: Locale): DocumentTerms {
  let byLocale = cache.get(part);
  if (!byLocale) cache.set(part, (byLocale = {}));
  const t = (byLocale[locale] ??= workOut(part, catalogue, locale));
  // Spelled out: a fixed-shape literal copies much faster than Object.assign from a frozen object.
  const copy: DocumentTerms = {
    kind: t.kind,
    name: t.name,
    nameEn: t.nameEn,
    issuer: t.issuer,
    issuerName: t.issuerName,
    sealRequired: t.sealRequired,
    formats: t.formats,
    maxSizeBytes: t.maxSizeBytes,
    photocopyAccepted: t.photocopyAccepted,
    electronicAccepted: t.electronicAccepted,
  };
  if (t.alternatives) copy.alternatives = t.alternatives;
  if (t.issuedIn) copy.issuedIn = t.issuedIn;
  if (t.minShortSidePx !== undefined) copy.minShortSidePx = t.minShortSidePx;
  if (t.minDpi !== undefined) copy.minDpi = t.minDpi;
  if (t.minPages !== undefined) copy.minPages = t.minPages;
  if (t.maxPages !== undefined) copy.maxPages = t.maxPages;
  if (t.maxAgeDays !== undefined) copy.maxAgeDays = t.maxAgeDays;
  return copy;
}
