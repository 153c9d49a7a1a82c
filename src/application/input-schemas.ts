/**
 * The input contract's zod schemas as the entries export them (`shebao-transfer`,
 * `shebao-transfer/browser`): built as this module loads. Validation itself asks for them only when
 * an application does not meet the contract (schema.ts), so `shebao-transfer/validate` does not
 * load this module.
 */
import { inputSchemas } from './schema.js';

const schemas = inputSchemas();

/** An application for a cross-region transfer: the input contract (v1). */
export const ApplicationSchema = schemas.ApplicationSchema;
/** The person who moves. */
export const ApplicantSchema = schemas.ApplicantSchema;
/** The employer that files the application. */
export const EmployerSchema = schemas.EmployerSchema;
/** One end of the route: a region code or name, and its pension scheme. */
export const PlaceSchema = schemas.PlaceSchema;
/** What was paid into one insurance. */
export const ContributionSchema = schemas.ContributionSchema;
/** What was paid, per insurance type. */
export const ContributionsSchema = schemas.ContributionsSchema;
/** An uploaded document's metadata. */
export const MaterialSchema = schemas.MaterialSchema;
/** pension, medical, unemployment, work-injury, maternity or housing-fund. */
export const InsuranceTypeSchema = schemas.InsuranceTypeSchema;
/** Why the person moves. */
export const TransferReasonSchema = schemas.TransferReasonSchema;
/** enterprise (企业职工), public-institution (机关事业单位) or resident (城乡居民). */
export const PensionSchemeSchema = schemas.PensionSchemeSchema;
