/**
 * The input contract (v1): an application for a cross-region transfer and its uploaded materials.
 * Unknown fields are allowed and dropped; every field listed here is public contract.
 *
 * Written with zod/mini, the tree-shakeable form of zod: these schemas and the case schema are what
 * the browser build carries, and zod's full API would be a quarter of its budget.
 *
 * The schemas are built on first need (inputSchemas()): validation reads an application that meets
 * the contract without them (read-well-formed.ts), so a process that only validates skips building
 * them when it starts. The entries that export them build them as they load (input-schemas.ts).
 */
import { array, boolean, enum as zEnum, int, iso, nonnegative, number, object, optional, positive, regex, string, union } from 'zod/mini';
import type { z } from 'zod/mini';
import './zod-setup.js';
import { INSURANCE_TYPES } from './insurance-types.js';
import { APPLICATION_CHANNELS } from './channels.js';
import { TRANSFER_REASONS } from './reasons.js';
import { PENSION_SCHEMES } from './schemes.js';

function buildInputSchemas() {
  /** A calendar date, YYYY-MM-DD, that exists (2026-02-29 does not). */
  const IsoDateSchema = iso.date();
  /** A calendar month, YYYY-MM. */
  const IsoMonthSchema = string().check(regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'));

  /** A region code ("520102", "5201", "52") or name at any level ("贵州省贵阳市南明区", "贵阳"). */
  const RegionInputSchema = union([string(), number()]);

  const InsuranceTypeSchema = zEnum(INSURANCE_TYPES);
  const TransferReasonSchema = zEnum(TRANSFER_REASONS);
  const GenderSchema = zEnum(['male', 'female']);

  const ApplicantSchema = object({
    name: string(),
    /** Resident ID (GB 11643), HK/Macao/Taiwan residence permit, or foreign permanent residence ID. */
    idNumber: string(),
    /** Derived from the ID when absent; a contradiction is an error. */
    gender: optional(GenderSchema),
    birthDate: optional(IsoDateSchema),
    /** Code or name of the hukou place; its province decides the pension's temporary-account rule. */
    hukouRegion: optional(RegionInputSchema),
  });

  const EmployerSchema = object({
    name: optional(string()),
    /** 统一社会信用代码 (GB 32100). */
    creditCode: optional(string()),
  });

  const PensionSchemeSchema = zEnum(PENSION_SCHEMES);

  const PlaceSchema = object({
    region: RegionInputSchema,
    /** The pension scheme at this end: enterprise (企业职工, the default), public-institution (机关事业单位) or resident (城乡居民). */
    scheme: optional(PensionSchemeSchema),
  });

  const ContributionSchema = object({
    months: optional(int().check(nonnegative())),
    lastPaidMonth: optional(IsoMonthSchema),
    accountStatus: optional(zEnum(['active', 'sealed', 'closed'])),
    /** Housing fund: the employee has opened an account at the destination centre and pays into it. */
    destinationAccountOpened: optional(boolean()),
    /** Unemployment: the person is drawing unemployment benefits. */
    receivingBenefits: optional(boolean()),
    /** Housing fund: an unpaid housing-fund loan remains at the origin centre. */
    outstandingLoan: optional(boolean()),
  });

  const ContributionsSchema = object({
    pension: optional(ContributionSchema),
    medical: optional(ContributionSchema),
    unemployment: optional(ContributionSchema),
    'work-injury': optional(ContributionSchema),
    maternity: optional(ContributionSchema),
    'housing-fund': optional(ContributionSchema),
  });

  const MaterialSchema = object({
    /** An id from the material catalogue, e.g. pension-contribution-certificate. */
    kind: string(),
    fileName: string(),
    mimeType: string(),
    sizeBytes: int().check(nonnegative()),
    /** Region code or name of the issuing agency or employer. */
    issuedBy: optional(RegionInputSchema),
    issuedDate: optional(IsoDateSchema),
    hasOfficialSeal: optional(boolean()),
    pages: optional(int().check(positive())),
    widthPx: optional(int().check(positive())),
    heightPx: optional(int().check(positive())),
    dpi: optional(number().check(positive())),
    /** False when the host or a reviewer found the scan unreadable. */
    legible: optional(boolean()),
    /** A scan of the original (default), a photocopy (复印件), or an electronic certificate (电子证照). */
    form: optional(zEnum(['original', 'photocopy', 'electronic'])),
    /** The MIME type detectFileType() found in the file's bytes, when the host checked them. */
    detectedMimeType: optional(string()),
  });

  const ApplicationSchema = object({
    id: optional(string()),
    applicant: ApplicantSchema,
    employer: optional(EmployerSchema),
    from: PlaceSchema,
    to: PlaceSchema,
    insuranceTypes: array(InsuranceTypeSchema),
    reason: optional(TransferReasonSchema),
    separationDate: optional(IsoDateSchema),
    applicationDate: optional(IsoDateSchema),
    contributions: optional(ContributionsSchema),
    /** Where the application is made: online (national platforms, 掌上12333) or at an agency's counter. */
    applicationChannel: optional(zEnum(APPLICATION_CHANNELS)),
    materials: optional(array(MaterialSchema)),
  });

  return { ApplicationSchema, ApplicantSchema, EmployerSchema, PlaceSchema, ContributionSchema, ContributionsSchema, MaterialSchema, InsuranceTypeSchema, TransferReasonSchema, PensionSchemeSchema };
}

/** The input contract's zod schemas, by name (`ApplicationSchema`, `MaterialSchema`, …): the types of the input are read from them. */
export type InputSchemas = ReturnType<typeof buildInputSchemas>;

let built: InputSchemas | undefined;

/** The input contract's schemas, built once, on first need. */
export function inputSchemas(): InputSchemas {
  return (built ??= buildInputSchemas());
}

export type Application = z.infer<InputSchemas['ApplicationSchema']>;
export type Applicant = z.infer<InputSchemas['ApplicantSchema']>;
export type Employer = z.infer<InputSchemas['EmployerSchema']>;
export type Material = z.infer<InputSchemas['MaterialSchema']>;
export type Contribution = z.infer<InputSchemas['ContributionSchema']>;
export type Gender = NonNullable<Applicant['gender']>;
export type RegionInput = Application['from']['region'];
