/** What every check of one uploaded document works on. */
import type { ParsedApplication } from '../application/parse-application.js';
import type { IssueCode, IssueList } from '../issues.js';
import type { Region } from '../region/catalogue.js';
import type { MaterialKind } from '../policy/schema.js';
import type { Constraints } from './constraints.js';
import type { DeclaredFormat } from './declared-format.js';

export type UploadedMaterial = NonNullable<NonNullable<ParsedApplication['materials']>[number]>;

export interface MaterialCheck {
  material: UploadedMaterial;
  /** The document's position in `materials`, from 0. */
  index: number;
  /** Its kind in the catalogue: every finding names the document by its position (from 1) and kind. */
  kind: MaterialKind;
  constraints: Constraints;
  /** What the file name and MIME type declare. */
  declared: DeclaredFormat;
  from: Region | undefined;
  to: Region | undefined;
  today: string | undefined;
  issues: IssueList;
}

/** The path of one of the document's fields: ['materials', index, field]. */
export function fieldPath(check: MaterialCheck, field: string): (string | number)[] {
  return ['materials', check.index, field];
}

/** Reports an issue about this document at one of its fields. */
export function report(check: MaterialCheck, code: IssueCode, field: string, params: Record<string, string | number> = {}): void {
  const { index, kind } = check;
  check.issues.add(code, fieldPath(check, field), { index: index + 1, kind: kind.kind, name: kind.name, nameEn: kind.nameEn, ...params });
}
