/**
 * Checks every uploaded material against what the policies require of its kind — format, size,
 * scan quality, seal, issuing region and date, form — and the set of materials as a whole:
 * missing documents, duplicates, unknown kinds and documents nothing needs.
 */
import type { ParsedApplication } from '../application/parse-application.js';
import type { IssueList } from '../issues.js';
import type { MaterialKind } from '../policy/schema.js';
import { ISSUER_NAMES } from '../policy/vocabulary.js';
import type { Region } from '../region/catalogue.js';
import type { RequiredDocument } from '../result.js';
import { checkFileFormat } from './check-file-format.js';
import { checkProvenance } from './check-provenance.js';
import { checkScanQuality } from './check-scan-quality.js';
import { constraintsFor } from './constraints.js';
import { detectDeclaredFormat } from './declared-format.js';

export interface MaterialContext {
  catalogue: Map<string, MaterialKind>;
  /** Every document the items require, across insurance types. */
  required: RequiredDocument[];
  from: Region | undefined;
  to: Region | undefined;
  today: string | undefined;
  issues: IssueList;
}

function addTo<T>(groups: Map<string, T[]>, kind: string, item: T): void {
  const group = groups.get(kind);
  if (group) group.push(item);
  else groups.set(kind, [item]);
}

export function checkMaterials(materials: ParsedApplication['materials'], ctx: MaterialContext): void {
  const { catalogue, issues } = ctx;
  const requiredByKind = new Map<string, RequiredDocument[]>();
  const needed = new Set<string>();
  for (const doc of ctx.required) {
    addTo(requiredByKind, doc.kind, doc);
    needed.add(doc.kind);
    if (doc.alternatives) for (const alt of doc.alternatives) needed.add(alt.kind);
  }
  const indexesByKind = new Map<string, number[]>();

  (materials ?? []).forEach((material, index) => {
    if (!material || typeof material.kind !== 'string') return;
    const path = ['materials', index];
    const kind = catalogue.get(material.kind);
    if (!kind) {
      issues.add('material.unknown-kind', [...path, 'kind'], { index: index + 1, kind: material.kind, kinds: [...catalogue.keys()].join(', ') });
      return;
    }
    addTo(indexesByKind, kind.kind, index);
    const check = {
      material,
      path,
      names: { index: index + 1, kind: kind.kind, name: kind.name, nameEn: kind.nameEn },
      constraints: constraintsFor(kind, requiredByKind.get(kind.kind) ?? []),
      declared: detectDeclaredFormat(material.fileName, material.mimeType),
      from: ctx.from,
      to: ctx.to,
      today: ctx.today,
      issues,
    };
    if (material.fileName !== undefined || material.mimeType !== undefined) checkFileFormat(check);
    checkScanQuality(check);
    checkProvenance(check);
  });

  for (const [kind, indexes] of indexesByKind) {
    if (indexes.length < 2) continue;
    const entry = catalogue.get(kind)!;
    issues.add('material.duplicate', ['materials', indexes[1]!], {
      index: indexes[1]! + 1,
      kind,
      name: entry.name,
      nameEn: entry.nameEn,
      indexes: indexes.map((i) => i + 1).join('、'),
    });
  }

  const reported = new Set<string>();
  for (const doc of ctx.required) {
    if (doc.provided || reported.has(doc.kind)) continue;
    reported.add(doc.kind);
    const issuer = ISSUER_NAMES[doc.issuer];
    issues.add(
      'material.missing',
      ['materials'],
      { kind: doc.kind, name: ctx.catalogue.get(doc.kind)!.name, nameEn: doc.nameEn, issuer: issuer.zh, issuerEn: issuer.en },
      { ruleId: doc.ruleId, source: doc.source },
    );
  }

  for (const [kind, indexes] of indexesByKind) {
    if (needed.has(kind)) continue;
    const entry = catalogue.get(kind)!;
    issues.add('material.not-required', ['materials', indexes[0]!], { index: indexes[0]! + 1, kind, name: entry.name, nameEn: entry.nameEn });
  }
}
