/**
 * The input contract (v1): an application for a cross-region transfer and its uploaded materials.
 * Unknown fields are allowed and dropped; every field listed here is public contract.
 */
import { array, boolean, enum as zEnum, number, object, string, union, iso } from 'zod';
import type { z } from 'zod';
import { INSURANCE_TYPES } from './insurance-types.js';
import { TRANSFER_REASONS } from './reasons.js';
import { PENSION_SCHEMES } from './schemes.js';

/** A calendar date, YYYY-MM-DD, that exists (2026-02-29 does not). */
export const IsoDateSchema = iso.date();
/** A calendar month, YYYY-MM. */
export const IsoMonthSchema = string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

/** A region code ("520102", "5201", "52") or name at any level ("贵州省贵阳市南明区", "贵阳"). */
export const RegionInputSchema = union([string(), number()]);

export const InsuranceTypeSchema = zEnum(INSURANCE_TYPES);
export const TransferReasonSchema = zEnum(TRANSFER_REASONS);
export const GenderSchema = zEnum(['male', 'female']);

export const ApplicantSchema = object({
  name: string(),
  /** Resident ID (GB 11643), HK/Macao/Taiwan residence permit, or foreign permanent residence ID. */
  idNumber: string(),
  /** Derived from the ID when absent; a contradiction is an error. */
  gender: GenderSchema.optional(),
  birthDate: IsoDateSchema.optional(),
  /** Code or name of the hukou place; its province decides the pension's temporary-account rule. */
  hukouRegion: RegionInputSchema.optional(),
});

export const EmployerSchema = object({
  name: string().optional(),
  /** 统一社会信用代码 (GB 32100). */
  creditCode: string().optional(),
});

export const PensionSchemeSchema = zEnum(PENSION_SCHEMES);

export const PlaceSchema = object({
  region: RegionInputSchema,
  /** The pension scheme at this end: enterprise (企业职工, the default), public-institution (机关事业单位) or resident (城乡居民). */
  scheme: PensionSchemeSchema.optional(),
});

export const ContributionSchema = object({
  months: number().int().nonnegative().optional(),
  lastPaidMonth: IsoMonthSchema.optional(),
  accountStatus: zEnum(['active', 'sealed', 'closed']).optional(),
  /** Housing fund: the employee has opened an account at the destination centre and pays into it. */
  destinationAccountOpened: boolean().optional(),
  /** Unemployment: the person is drawing unemployment benefits. */
  receivingBenefits: boolean().optional(),
});

export const ContributionsSchema = object({
  pension: ContributionSchema.optional(),
  medical: ContributionSchema.optional(),
  unemployment: ContributionSchema.optional(),
  'work-injury': ContributionSchema.optional(),
  maternity: ContributionSchema.optional(),
  'housing-fund': ContributionSchema.optional(),
});

export const MaterialSchema = object({
  /** An id from the material catalogue, e.g. pension-contribution-certificate. */
  kind: string(),
  fileName: string(),
  mimeType: string(),
  sizeBytes: number().int().nonnegative(),
  /** Region code or name of the issuing agency or employer. */
  issuedBy: RegionInputSchema.optional(),
  issuedDate: IsoDateSchema.optional(),
  hasOfficialSeal: boolean().optional(),
  pages: number().int().positive().optional(),
  widthPx: number().int().positive().optional(),
  heightPx: number().int().positive().optional(),
  dpi: number().positive().optional(),
  /** False when the host or a reviewer found the scan unreadable. */
  legible: boolean().optional(),
  /** A scan of the original (default), a photocopy (复印件), or an electronic certificate (电子证照). */
  form: zEnum(['original', 'photocopy', 'electronic']).optional(),
  /** The MIME type detectFileType() found in the file's bytes, when the host checked them. */
  detectedMimeType: string().optional(),
});

export const ApplicationSchema = object({
  id: string().optional(),
  applicant: ApplicantSchema,
  employer: EmployerSchema.optional(),
  from: PlaceSchema,
  to: PlaceSchema,
  insuranceTypes: array(InsuranceTypeSchema),
  reason: TransferReasonSchema.optional(),
  separationDate: IsoDateSchema.optional(),
  applicationDate: IsoDateSchema.optional(),
  contributions: ContributionsSchema.optional(),
  materials: array(MaterialSchema).optional(),
});

export type Application = z.infer<typeof ApplicationSchema>;
export type Applicant = z.infer<typeof ApplicantSchema>;
export type Employer = z.infer<typeof EmployerSchema>;
export type Material = z.infer<typeof MaterialSchema>;
export type Contribution = z.infer<typeof ContributionSchema>;
export type Gender = z.infer<typeof GenderSchema>;
export type RegionInput = z.infer<typeof RegionInputSchema>;
