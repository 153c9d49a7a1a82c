/**
 * The size limits of an application, applied before anything is parsed: too many materials or
 * insurance types are cut to the limit, a text field longer than any real value is set aside —
 * each with an issue — so that one request can never cost more than a small, fixed amount of work.
 * The input is never changed: what is cut is a copy.
 */
import type { IssueList, IssuePath } from '../issues.js';
import { INPUT_LIMITS } from '../input/limits.js';
import { fieldName } from './field-name.js';

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

const { maxRegionLength: REGION, maxTextLength: TEXT } = INPUT_LIMITS;

/** Text fields and their limits, per object of the contract (arrays: this runs on every application). */
type Fields = readonly (readonly [string, number])[];
const ROOT: Fields = [['id', TEXT]];
const NESTED: readonly (readonly [string, Fields])[] = [
  ['applicant', [['name', TEXT], ['idNumber', TEXT], ['hukouRegion', REGION]]],
  ['employer', [['name', TEXT], ['creditCode', TEXT]]],
  ['from', [['region', REGION]]],
  ['to', [['region', REGION]]],
];
const MATERIAL: Fields = [['kind', TEXT], ['fileName', TEXT], ['mimeType', TEXT], ['issuedBy', REGION], ['detectedMimeType', TEXT]];

/** The object with its over-long text fields left out (a copy when anything is left out). */
function boundTexts(value: unknown, fields: Fields, path: IssuePath, issues: IssueList): unknown {
  if (!isPlain(value)) return value;
  let out = value;
  for (let i = 0; i < fields.length; i++) {
    const [key, max] = fields[i]!;
    const text = value[key];
    if (typeof text !== 'string' || text.length <= max) continue;
    issues.add('input.too-long', [...path, key], { field: fieldName([...path, key]), length: text.length, max });
    if (out === value) out = { ...value };
    delete out[key];
  }
  return out;
}

function boundList(value: unknown, max: number, path: IssuePath, issues: IssueList): unknown {
  if (!Array.isArray(value) || value.length <= max) return value;
  issues.add('input.too-many', path, { field: fieldName(path), count: value.length, max });
  return value.slice(0, max);
}

export function boundApplication(input: Plain, issues: IssueList): Plain {
  let out = boundTexts(input, ROOT, [], issues) as Plain;
  const set = (key: string, value: unknown) => {
    if (value === input[key]) return;
    if (out === input) out = { ...input };
    out[key] = value;
  };
  for (let i = 0; i < NESTED.length; i++) {
    const [key, fields] = NESTED[i]!;
    set(key, boundTexts(input[key], fields, [key], issues));
  }
  set('insuranceTypes', boundList(input.insuranceTypes, INPUT_LIMITS.maxInsuranceTypes, ['insuranceTypes'], issues));
  const materials = boundList(input.materials, INPUT_LIMITS.maxMaterials, ['materials'], issues);
  if (Array.isArray(materials)) {
    let bounded = materials;
    for (let i = 0; i < materials.length; i++) {
      const m = boundTexts(materials[i], MATERIAL, ['materials', i], issues);
      if (m === materials[i]) continue;
      if (bounded === materials) bounded = materials.slice();
      bounded[i] = m;
    }
    set('materials', bounded);
  }
  return out;
}
