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

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

function object(value: unknown): Plain {
  return isPlain(value) ? value : fail();
}

/** A field's value; undefined only when the key is absent (zod keeps a present undefined). */
function field(from: Plain, key: string): unknown {
  const value = from[key];
  if (value === undefined && key in from) fail();
  return value;
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

/** Copies the optional field `key` when present, read with `read`. */
function optional<T>(out: Plain, from: Plain, key: string, read: (value: unknown) => T): void {
  const value = field(from, key);
  if (value !== undefined) out[key] = read(value);
}

function applicant(value: unknown): Plain {
  const a = object(value);
  const out: Plain = { name: text(field(a, 'name'), TEXT), idNumber: text(field(a, 'idNumber'), TEXT) };
  optional(out, a, 'gender', (v) => oneOf(v, ['male', 'female']));
  optional(out, a, 'birthDate', date);
  optional(out, a, 'hukouRegion', region);
  return out;
}

function employer(value: unknown): Plain {
  const e = object(value);
  const out: Plain = {};
  optional(out, e, 'name', (v) => text(v, TEXT));
  optional(out, e, 'creditCode', (v) => text(v, TEXT));
  return out;
}

function place(value: unknown): Plain {
  const p = object(value);
  const out: Plain = { region: region(field(p, 'region')) };
  optional(out, p, 'scheme', (v) => oneOf(v, PENSION_SCHEMES));
  return out;
}

function contribution(value: unknown): Plain {
  const c = object(value);
  const out: Plain = {};
  optional(out, c, 'months', (v) => integer(v, 0));
  optional(out, c, 'lastPaidMonth', month);
  optional(out, c, 'accountStatus', (v) => oneOf(v, ['active', 'sealed', 'closed']));
  optional(out, c, 'destinationAccountOpened', bool);
  optional(out, c, 'receivingBenefits', bool);
  return out;
}

function contributions(value: unknown): Plain {
  const c = object(value);
  const out: Plain = {};
  for (let i = 0; i < INSURANCE_TYPES.length; i++) optional(out, c, INSURANCE_TYPES[i]!, contribution);
  return out;
}

const positive = (v: unknown) => integer(v, 1);

function material(value: unknown): Plain {
  const m = object(value);
  const out: Plain = {
    kind: text(field(m, 'kind'), TEXT),
    fileName: text(field(m, 'fileName'), TEXT),
    mimeType: text(field(m, 'mimeType'), TEXT),
    sizeBytes: integer(field(m, 'sizeBytes'), 0),
  };
  optional(out, m, 'issuedBy', region);
  optional(out, m, 'issuedDate', date);
  optional(out, m, 'hasOfficialSeal', bool);
  optional(out, m, 'pages', positive);
  optional(out, m, 'widthPx', positive);
  optional(out, m, 'heightPx', positive);
  optional(out, m, 'dpi', (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fail()));
  optional(out, m, 'legible', bool);
  optional(out, m, 'form', (v) => oneOf(v, ['original', 'photocopy', 'electronic']));
  optional(out, m, 'detectedMimeType', (v) => text(v, TEXT));
  return out;
}

function list<T>(value: unknown, max: number, read: (item: unknown) => T): T[] {
  if (!Array.isArray(value) || value.length > max) fail();
  const out = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) out[i] = read(value[i]);
  return out;
}

/** The application in the contract's shape when it is well formed in every respect, else undefined. */
export function readWellFormed(input: Plain): ParsedApplication | undefined {
  try {
    const out: Plain = {};
    optional(out, input, 'id', (v) => text(v, TEXT));
    out.applicant = applicant(field(input, 'applicant'));
    optional(out, input, 'employer', employer);
    out.from = place(field(input, 'from'));
    out.to = place(field(input, 'to'));
    out.insuranceTypes = list(field(input, 'insuranceTypes'), maxInsuranceTypes, (v) => oneOf(v, INSURANCE_TYPES));
    optional(out, input, 'reason', (v) => oneOf(v, TRANSFER_REASONS));
    optional(out, input, 'separationDate', date);
    optional(out, input, 'applicationDate', date);
    optional(out, input, 'contributions', contributions);
    optional(out, input, 'materials', (v) => list(v, maxMaterials, material));
    return out as ParsedApplication;
  } catch (error) {
    if (error === NOT_WELL_FORMED) return undefined;
    throw error; // a getter or proxy that throws: validateTransfer reads a snapshot instead
  }
}
