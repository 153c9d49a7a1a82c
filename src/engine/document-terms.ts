/** The terms of a required document: the policy part's, over the material catalogue's defaults. */
import type { Locale } from '../issues.js';
import type { MaterialKind, MaterialRequirement } from '../policy/schema.js';
import { ISSUER_NAMES } from '../policy/vocabulary.js';
import type { DocumentTerms } from '../result.js';

export function documentTerms(part: MaterialRequirement, catalogue: Map<string, MaterialKind>, locale: Locale): DocumentTerms {
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
    formats: part.formats ?? kind.formats,
    maxSizeBytes: part.maxSizeBytes ?? kind.maxSizeBytes,
    photocopyAccepted: part.photocopyAccepted ?? kind.photocopyAccepted ?? true,
    electronicAccepted: part.electronicAccepted ?? kind.electronicAccepted ?? true,
  };
  for (const key of ['minShortSidePx', 'minDpi', 'minPages', 'maxPages', 'maxAgeDays'] as const) {
    const value = part[key] ?? kind[key];
    if (value !== undefined) terms[key] = value;
  }
  if (part.alternatives) {
    terms.alternatives = part.alternatives.map((alt) => {
      const entry = catalogue.get(alt)!;
      return { kind: alt, name: lang === 'en' ? entry.nameEn : entry.name, nameEn: entry.nameEn };
    });
  }
  if (part.issuedIn) terms.issuedIn = part.issuedIn;
  return terms;
}
