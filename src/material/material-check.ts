/** What every check of one uploaded document works on. */
import type { ParsedApplication } from '../application/parse-application.js';
import type { IssueCode, IssueList } from '../issues.js';
import type { Region } from '../region/catalogue.js';
import type { Constraints } from './constraints.js';
import type { DeclaredFormat } from './declared-format.js';

export type UploadedMaterial = NonNullable<NonNullable<ParsedApplication['materials']>[number]>;

export interface MaterialCheck {
  material: UploadedMaterial;
  /** ['materials', index] */
  path: (string | number)[];
  /** Every finding names the document by its position (from 1) and kind. */
  names: { index: number; kind: string; name: string; nameEn: string };
  constraints: Constraints;
  /** What the file name and MIME type declare. */
  declared: DeclaredFormat;
  from: Region | undefined;
  to: Region | undefined;
  today: string | undefined;
  issues: IssueList;
}

/** Reports an issue about this document at one of its fields. */
export function report(check: MaterialCheck, code: IssueCode, field: string, params: Record<string, string | number> = {}): void {
  check.issues.add(code, [...check.path, field], { ...check.names, ...params });
}
