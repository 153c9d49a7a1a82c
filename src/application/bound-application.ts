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

/** Text fields and their limits, per object of the contract. */
const TEXT_LIMITS: Record<string, Record<string, number>> = {
  root: { id: TEXT },
  applicant: { name: TEXT, idNumber: TEXT, hukouRegion: REGION },
  employer: { name: TEXT, creditCode: TEXT },
  from: { region: REGION },
  to: { region: REGION },
  material: { kind: TEXT, fileName: TEXT, mimeType: TEXT, issuedBy: REGION, detectedMimeType: TEXT },
};

/** The object with its over-long text fields left out (a copy when anything is left out). */
function boundTexts(value: unknown, limits: Record<string, number>, path: IssuePath, issues: IssueList): unknown {
  if (!isPlain(value)) return value;
  let out = value;
  for (const [key, max] of Object.entries(limits)) {
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
  let out = boundTexts(input, TEXT_LIMITS.root!, [], issues) as Plain;
  const set = (key: string, value: unknown) => {
    if (value === input[key]) return;
    if (out === input) out = { ...input };
    out[key] = value;
  };
  for (const key of ['applicant', 'employer', 'from', 'to']) set(key, boundTexts(input[key], TEXT_LIMITS[key]!, [key], issues));
  set('insuranceTypes', boundList(input.insuranceTypes, INPUT_LIMITS.maxInsuranceTypes, ['insuranceTypes'], issues));
  const materials = boundList(input.materials, INPUT_LIMITS.maxMaterials, ['materials'], issues);
  if (Array.isArray(materials)) {
    const bounded = materials.map((m, i) => boundTexts(m, TEXT_LIMITS.material!, ['materials', i], issues));
    set('materials', bounded.some((m, i) => m !== materials[i]) ? bounded : materials);
  }
  return out;
}
