/**
 * The happy path of parsing: an application that meets the contract in every field and every limit
 * is copied into the contract's shape in one walk, without building a zod error or a salvage tree.
 * Anything else — one wrong field, one field too long, a key present with the value undefined —
 * answers undefined, and the full parser (zod, field by field) takes over and reports it.
 *
 * It accepts exactly what ApplicationSchema accepts and gives the same data, key order included;
 * a differential property test holds it to that.
 */
import { INPUT_LIMITS } from '../input/limits.js';
import { INSURANCE_TYPES } from './insurance-types.js';
import type { ParsedApplication } from './parse-application.js';
import { APPLICATION_CHANNELS } from './channels.js';
import { TRANSFER_REASONS } from './reasons.js';
import { PENSION_SCHEMES } from './schemes.js';

type Plain = Record<string, unknown>;

/** zod's iso.date(): a date that exists, leap years included. */
const ISO_DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
const ISO_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const { maxRegionLength: REGION, maxTextLength: TEXT, maxMaterials, maxInsuranceTypes } = INPUT_LIMITS;

/** Thrown inside this module only, caught below: the input is not well formed. */
const NOT_WELL_FORMED = Symbol('not well formed');
function fail(): never {
  throw NOT_WELL_FORMED;
}

const GENDERS = ['male', 'female'] as const;
const ACCOUNT_STATUSES = ['active', 'sealed', 'closed'] as const;
const FORMS = ['original', 'photocopy', 'electronic'] as const;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

function object(value: unknown): Plain {
  return isPlain(value) ? value : fail();
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' && value.length <= max ? value : fail();
}

function region(value: unknown): string | number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : fail();
  return text(value, REGION);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T {
  return allowed.includes(value as T) ? (value as T) : fail();
}

function bool(value: unknown): boolean {
  return typeof value === 'boolean' ? value : fail();
}

function integer(value: unknown, min: number): number {
  return Number.isSafeInteger(value) && (value as number) >= min ? (value as number) : fail();
}

function date(value: unknown): string {
  return typeof value === 'string' && ISO_DATE.test(value) ? value : fail();
}

function month(value: unknown): string {
  return typeof value === 'string' && ISO_MONTH.test(value) ? value : fail();
}

// Each reader names its fields as properties (not keys in a loop): the reads stay monomorphic and
// this walk costs a fraction of a schema parse. A field read as undefined must also be absent
// (`'key' in`): zod keeps a key present with the value undefined.

function applicant(value: unknown): Plain {
  const a = object(value) as { name?: unknown; idNumber?: unknown; gender?: unknown; birthDate?: unknown; hukouRegion?: unknown };
  if (a.name === undefined || a.idNumber === undefined) fail();
  const out: Plain = { name: text(a.name, TEXT), idNumber: text(a.idNumber, TEXT) };
  if (a.gender !== undefined) out.gender = oneOf(a.gender, GENDERS);
  else if ('gender' in a) fail();
  if (a.birthDate !== undefined) out.birthDate = date(a.birthDate);
  else if ('birthDate' in a) fail();
  if (a.hukouRegion !== undefined) out.hukouRegion = region(a.hukouRegion);
  else if ('hukouRegion' in a) fail();
  return out;
}

function employer(value: unknown): Plain {
  const e = object(value) as { name?: unknown; creditCode?: unknown };
  const out: Plain = {};
  if (e.name !== undefined) out.name = text(e.name, TEXT);
  else if ('name' in e) fail();
  if (e.creditCode !== undefined) out.creditCode = text(e.creditCode, TEXT);
  else if ('creditCode' in e) fail();
  return out;
}

function place(value: unknown): Plain {
  const p = object(value) as { region?: unknown; scheme?: unknown };
  if (p.region === undefined) fail();
  const out: Plain = { region: region(p.region) };
  if (p.scheme !== undefined) out.scheme = oneOf(p.scheme, PENSION_SCHEMES);
  else if ('scheme' in p) fail();
  return out;
}

function contribution(value: unknown): Plain {
  const c = object(value) as { months?: unknown; lastPaidMonth?: unknown; accountStatus?: unknown; destinationAccountOpened?: unknown; receivingBenefits?: unknown; outstandingLoan?: unknown };
  const out: Plain = {};
  if (c.months !== undefined) out.months = integer(c.months, 0);
  else if ('months' in c) fail();
  if (c.lastPaidMonth !== undefined) out.lastPaidMonth = month(c.lastPaidMonth);
  else if ('lastPaidMonth' in c) fail();
  if (c.accountStatus !== undefined) out.accountStatus = oneOf(c.accountStatus, ACCOUNT_STATUSES);
  else if ('accountStatus' in c) fail();
  if (c.destinationAccountOpened !== undefined) out.destinationAccountOpened = bool(c.destinationAccountOpened);
  else if ('destinationAccountOpened' in c) fail();
  if (c.receivingBenefits !== undefined) out.receivingBenefits = bool(c.receivingBenefits);
  else if ('receivingBenefits' in c) fail();
  if (c.outstandingLoan !== undefined) out.outstandingLoan = bool(c.outstandingLoan);
  else if ('outstandingLoan' in c) fail();
  return out;
}

function contributions(value: unknown): Plain {
  const c = object(value);
  const out: Plain = {};
  for (let i = 0; i < INSURANCE_TYPES.length; i++) {
    const type = INSURANCE_TYPES[i]!;
    const entry = c[type];
    if (entry !== undefined) out[type] = contribution(entry);
    else if (type in c) fail();
  }
  return out;
}

interface RawMaterial {
  kind?: unknown;
  fileName?: unknown;
  mimeType?: unknown;
  sizeBytes?: unknown;
  issuedBy?: unknown;
  issuedDate?: unknown;
  hasOfficialSeal?: unknown;
  pages?: unknown;
  widthPx?: unknown;
  heightPx?: unknown;
  dpi?: unknown;
  legible?: unknown;
  form?: unknown;
  detectedMimeType?: unknown;
}

function material(value: unknown): Plain {
  const m = object(value) as RawMaterial;
  if (m.kind === undefined || m.fileName === undefined || m.mimeType === undefined || m.sizeBytes === undefined) fail();
  const out: Plain = {
    kind: text(m.kind, TEXT),
    fileName: text(m.fileName, TEXT),
    mimeType: text(m.mimeType, TEXT),
    sizeBytes: integer(m.sizeBytes, 0),
  };
  if (m.issuedBy !== undefined) out.issuedBy = region(m.issuedBy);
  else if ('issuedBy' in m) fail();
  if (m.issuedDate !== undefined) out.issuedDate = date(m.issuedDate);
  else if ('issuedDate' in m) fail();
  if (m.hasOfficialSeal !== undefined) out.hasOfficialSeal = bool(m.hasOfficialSeal);
  else if ('hasOfficialSeal' in m) fail();
  if (m.pages !== undefined) out.pages = integer(m.pages, 1);
  else if ('pages' in m) fail();
  if (m.widthPx !== undefined) out.widthPx = integer(m.widthPx, 1);
  else if ('widthPx' in m) fail();
  if (m.heightPx !== undefined) out.heightPx = integer(m.heightPx, 1);
  else if ('heightPx' in m) fail();
  if (m.dpi !== undefined) out.dpi = typeof m.dpi === 'number' && Number.isFinite(m.dpi) && m.dpi > 0 ? m.dpi : fail();
  else if ('dpi' in m) fail();
  if (m.legible !== undefined) out.legible = bool(m.legible);
  else if ('legible' in m) fail();
  if (m.form !== undefined) out.form = oneOf(m.form, FORMS);
  else if ('form' in m) fail();
  if (m.detectedMimeType !== undefined) out.detectedMimeType = text(m.detectedMimeType, TEXT);
  else if ('detectedMimeType' in m) fail();
  return out;
}

function list<T>(value: unknown, max: number, read: (item: unknown) => T): T[] {
  if (!Array.isArray(value) || value.length > max) fail();
  const out = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) out[i] = read(value[i]);
  return out;
}

const isInsuranceType = (v: unknown) => oneOf(v, INSURANCE_TYPES);

/** The application in the contract's shape when it is well formed in every respect, else undefined. */
export function readWellFormed(input: Plain): ParsedApplication | undefined {
  try {
    const i = input as {
      id?: unknown;
      applicant?: unknown;
      employer?: unknown;
      from?: unknown;
      to?: unknown;
      insuranceTypes?: unknown;
      reason?: unknown;
      separationDate?: unknown;
      applicationDate?: unknown;
      contributions?: unknown;
      applicationChannel?: unknown;
      materials?: unknown;
    };
    const out: Plain = {};
    if (i.id !== undefined) out.id = text(i.id, TEXT);
    else if ('id' in input) fail();
    out.applicant = applicant(i.applicant);
    if (i.employer !== undefined) out.employer = employer(i.employer);
    else if ('employer' in input) fail();
    out.from = place(i.from);
    out.to = place(i.to);
    out.insuranceTypes = list(i.insuranceTypes, maxInsuranceTypes, isInsuranceType);
    if (i.reason !== undefined) out.reason = oneOf(i.reason, TRANSFER_REASONS);
    else if ('reason' in input) fail();
    if (i.separationDate !== undefined) out.separationDate = date(i.separationDate);
    else if ('separationDate' in input) fail();
    if (i.applicationDate !== undefined) out.applicationDate = date(i.applicationDate);
    else if ('applicationDate' in input) fail();
    if (i.contributions !== undefined) out.contributions = contributions(i.contributions);
    else if ('contributions' in input) fail();
    if (i.applicationChannel !== undefined) out.applicationChannel = oneOf(i.applicationChannel, APPLICATION_CHANNELS);
    else if ('applicationChannel' in input) fail();
    if (i.materials !== undefined) out.materials = list(i.materials, maxMaterials, material);
    else if ('materials' in input) fail();
    return out as ParsedApplication;
  } catch (error) {
    if (error === NOT_WELL_FORMED) return undefined;
    throw error; // a getter or proxy that throws: validateTransfer reads a snapshot instead
  }
}
