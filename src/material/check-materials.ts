/**
 * Checks the metadata of every uploaded material against what the policies require of its kind:
 * presence, format, size, official seal, issuing region and date, duplicates, unknown kinds.
 */
import type { ParsedApplication } from '../application/parse-application.js';
import type { IssueList } from '../issues.js';
import type { MaterialKind } from '../policy/schema.js';
import { ISSUER_NAMES, type FileFormat } from '../policy/vocabulary.js';
import { resolveRegionAt } from '../region/check-route.js';
import type { Region } from '../region/catalogue.js';
import type { RequiredDocument } from '../result.js';
import { detectDeclaredFormat } from './declared-format.js';
import { formatBytes } from './format-bytes.js';

export interface MaterialContext {
  catalogue: Map<string, MaterialKind>;
  /** Every document the items require, across insurance types. */
  required: RequiredDocument[];
  from: Region | undefined;
  today: string | undefined;
  issues: IssueList;
}

interface Constraints {
  formats: FileFormat[];
  maxSizeBytes: number;
  sealRequired: boolean;
  issuedIn?: 'origin' | 'destination';
  issuerName: string;
  issuerNameEn: string;
}

/** The strictest of what the catalogue and every requirement of this kind ask. */
function constraintsFor(kind: MaterialKind, own: RequiredDocument[]): Constraints {
  const issuer = own[0]?.issuer ?? kind.issuer;
  const constraints: Constraints = {
    formats: own[0]?.formats ?? kind.formats,
    maxSizeBytes: kind.maxSizeBytes,
    sealRequired: kind.sealRequired,
    issuerName: ISSUER_NAMES[issuer].zh,
    issuerNameEn: ISSUER_NAMES[issuer].en,
  };
  for (const r of own) {
    if (r.formats !== constraints.formats) constraints.formats = constraints.formats.filter((f) => r.formats.includes(f));
    if (r.maxSizeBytes < constraints.maxSizeBytes) constraints.maxSizeBytes = r.maxSizeBytes;
    if (r.sealRequired) constraints.sealRequired = true;
    if (r.issuedIn && !constraints.issuedIn) constraints.issuedIn = r.issuedIn;
  }
  return constraints;
}

/** Whether a document issued in `issuer` counts as issued in `origin`'s region. */
function issuedWithin(issuer: Region, origin: Region): boolean {
  if (origin.code.startsWith(issuer.code)) return true; // a provincial agency above the origin
  if (origin.level === 'province') return issuer.provinceCode === origin.provinceCode;
  return issuer.cityCode !== undefined && issuer.cityCode === origin.cityCode;
}

export function checkMaterials(materials: ParsedApplication['materials'], ctx: MaterialContext): void {
  const { catalogue, issues } = ctx;
  const list = materials ?? [];
  const indexesByKind = new Map<string, number[]>();
  const requiredByKind = new Map<string, RequiredDocument[]>();
  for (const doc of ctx.required) {
    const list = requiredByKind.get(doc.kind);
    if (list) list.push(doc);
    else requiredByKind.set(doc.kind, [doc]);
  }

  list.forEach((material, index) => {
    if (!material || typeof material.kind !== 'string') return;
    const path = ['materials', index];
    const kind = catalogue.get(material.kind);
    if (!kind) {
      issues.add('material.unknown-kind', [...path, 'kind'], {
        index: index + 1,
        kind: material.kind,
        kinds: [...catalogue.keys()].join(', '),
      });
      return;
    }
    const seen = indexesByKind.get(kind.kind);
    if (seen) seen.push(index);
    else indexesByKind.set(kind.kind, [index]);
    const c = constraintsFor(kind, requiredByKind.get(kind.kind) ?? []);
    const names = { name: kind.name, nameEn: kind.nameEn };
    const allowed = () => c.formats.map((f) => f.toUpperCase()).join('/');

    if (material.fileName !== undefined || material.mimeType !== undefined) {
      const declared = detectDeclaredFormat(material.fileName, material.mimeType);
      if (declared.mismatch) {
        issues.add('material.format-mismatch', [...path, 'mimeType'], {
          ...names,
          extension: declared.extension || '（无）',
          mimeType: material.mimeType ?? '',
          allowed: allowed(),
        });
      } else if (!declared.format || !c.formats.includes(declared.format)) {
        issues.add('material.format-not-allowed', [...path, declared.extension ? 'fileName' : 'mimeType'], {
          ...names,
          format: declared.format?.toUpperCase() ?? (declared.extension || material.mimeType || ''),
          allowed: allowed(),
        });
      }
    }

    if (material.sizeBytes === 0) {
      issues.add('material.empty', [...path, 'sizeBytes'], names);
    } else if (material.sizeBytes !== undefined && material.sizeBytes > c.maxSizeBytes) {
      issues.add('material.too-large', [...path, 'sizeBytes'], {
        ...names,
        size: formatBytes(material.sizeBytes),
        limit: formatBytes(c.maxSizeBytes),
      });
    }

    if (c.sealRequired && material.hasOfficialSeal !== true) {
      issues.add('material.seal-missing', [...path, 'hasOfficialSeal'], {
        ...names,
        issuer: c.issuerName,
        issuerEn: c.issuerNameEn,
      });
    }

    if (material.issuedBy !== undefined) {
      const issuer = resolveRegionAt(material.issuedBy, [...path, 'issuedBy'], issues);
      if (issuer && c.issuedIn === 'origin' && ctx.from && !issuedWithin(issuer, ctx.from)) {
        issues.add('material.issuer-not-origin', [...path, 'issuedBy'], {
          ...names,
          origin: ctx.from.path.join(''),
          issuer: issuer.path.join(''),
        });
      }
    }

    if (material.issuedDate !== undefined && ctx.today !== undefined && material.issuedDate > ctx.today) {
      issues.add('material.issued-in-future', [...path, 'issuedDate'], { ...names, date: material.issuedDate });
    }
  });

  for (const [kind, indexes] of indexesByKind) {
    if (indexes.length < 2) continue;
    const entry = catalogue.get(kind)!;
    issues.add('material.duplicate', ['materials', indexes[1]!], {
      name: entry.name,
      nameEn: entry.nameEn,
      indexes: indexes.map((i) => i + 1).join('、'),
    });
  }

  const reported = new Set<string>();
  for (const doc of ctx.required) {
    if (doc.provided || reported.has(doc.kind)) continue;
    reported.add(doc.kind);
    issues.add(
      'material.missing',
      ['materials'],
      { name: doc.name, nameEn: doc.nameEn, issuer: ISSUER_NAMES[doc.issuer].zh, issuerEn: ISSUER_NAMES[doc.issuer].en, kind: doc.kind },
      { ruleId: doc.ruleId, source: doc.source },
    );
  }

  const needed = new Set(ctx.required.flatMap((d) => [d.kind, ...(d.alternatives ?? []).map((a) => a.kind)]));
  for (const [kind, indexes] of indexesByKind) {
    if (needed.has(kind)) continue;
    const entry = catalogue.get(kind)!;
    issues.add('material.not-required', ['materials', indexes[0]!], { name: entry.name, nameEn: entry.nameEn });
  }
}
