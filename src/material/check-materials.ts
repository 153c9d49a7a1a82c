/**
 * Checks every uploaded material against what the policies require of its kind — format, size,
 * scan quality, seal, issuing region and date, form — and the set of materials as a whole:
 * missing documents, duplicates, unknown kinds and documents nothing needs.
 */
import type { ParsedApplication } from '../application/parse-application.js';
import { createIssue, freezeIssue, type IssueList } from '../issues.js';
import { sharedPiece } from '../engine/shared-pieces.js';
import type { MaterialKind } from '../policy/schema.js';
import type { Region } from '../region/catalogue.js';
import { checkFileFormat } from './check-file-format.js';
import { checkProvenance } from './check-provenance.js';
import { checkScanQuality } from './check-scan-quality.js';
import { detectDeclaredFormat } from './declared-format.js';
import type { MaterialNeeds } from './material-needs.js';

export interface MaterialContext {
  catalogue: Map<string, MaterialKind>;
  /** What the decisions require of the materials. */
  needs: MaterialNeeds;
  from: Region | undefined;
  to: Region | undefined;
  today: string | undefined;
  issues: IssueList;
}

export function checkMaterials(materials: ParsedApplication['materials'], ctx: MaterialContext): void {
  const { catalogue, issues, needs } = ctx;
  let indexesByKind: Map<string, number[]> | undefined;

  const list = materials ?? [];
  for (let index = 0; index < list.length; index++) {
    const material = list[index];
    if (!material || typeof material.kind !== 'string') continue;
    const kind = catalogue.get(material.kind);
    if (!kind) {
      issues.add('material.unknown-kind', ['materials', index, 'kind'], { index: index + 1, kind: material.kind, kinds: [...catalogue.keys()].join(', ') });
      continue;
    }
    indexesByKind ??= new Map();
    const indexes = indexesByKind.get(kind.kind);
    if (indexes) indexes.push(index);
    else indexesByKind.set(kind.kind, [index]);
    const check = {
      material,
      index,
      kind,
      constraints: needs.constraintsOf(kind),
      declared: detectDeclaredFormat(material.fileName, material.mimeType),
      from: ctx.from,
      to: ctx.to,
      today: ctx.today,
      issues,
    };
    if (material.fileName !== undefined || material.mimeType !== undefined) checkFileFormat(check);
    checkScanQuality(check);
    checkProvenance(check);
  }

  if (indexesByKind) {
    for (const [kind, indexes] of indexesByKind) {
      if (indexes.length < 2) continue;
      const entry = catalogue.get(kind)!;
      issues.add('material.duplicate', ['materials', indexes[1]!], {
        index: indexes[1]! + 1,
        kind,
        name: entry.name,
        nameEn: entry.nameEn,
        indexes: indexes.map((i) => i + 1).join('、'),
        indexesEn: indexes.map((i) => i + 1).join(', '),
      });
    }
  }

  for (const issue of needs.missing) issues.items.push(issue);

  if (indexesByKind) {
    for (const [kind, indexes] of indexesByKind) {
      if (needs.needed.has(kind)) continue;
      const entry = catalogue.get(kind)!;
      const index = indexes[0]!;
      // The same words for every application with this document at this place: made once, frozen and shared.
      issues.items.push(
        sharedPiece(entry, `${issues.locale} not-required ${index}`, () =>
          freezeIssue(createIssue('material.not-required', ['materials', index], { index: index + 1, kind, name: entry.name, nameEn: entry.nameEn }, issues.locale)),
        ),
      );
    }
  }
}
