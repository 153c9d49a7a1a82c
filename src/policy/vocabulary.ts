/** The words policy files use: decisions, issuers of documents, file formats. */
export const DECISIONS = [
  'transfer',
  'temporary-account',
  'follows-medical',
  'not-required',
  'ineligible',
  'needs-review',
] as const;
export type Decision = (typeof DECISIONS)[number];

export const ISSUERS = [
  'origin-agency',
  'destination-agency',
  'origin-employer',
  'destination-employer',
  'applicant',
  'public-security',
] as const;
export type Issuer = (typeof ISSUERS)[number];

/**
 * What the agency reports as it works on a transfer, in order: it accepted the application (受理),
 * sent the 联系函 (已发联系函), the origin transferred out (已转出), the transfer is done (已转入／办结).
 * A policy step says with which of them it ends (`endsWith`); the workflow closes it then.
 */
export const AGENCY_MILESTONES = ['accepted', 'letter-sent', 'transferred-out', 'completed'] as const;
export type AgencyMilestone = (typeof AGENCY_MILESTONES)[number];

export const FILE_FORMATS = ['pdf', 'jpg', 'png', 'ofd'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const ISSUER_NAMES: Record<Issuer, { zh: string; en: string }> = {
  'origin-agency': { zh: '原参保地经办机构', en: 'the origin agency' },
  'destination-agency': { zh: '现参保地经办机构', en: 'the destination agency' },
  'origin-employer': { zh: '原单位', en: 'the former employer' },
  'destination-employer': { zh: '现单位', en: 'the new employer' },
  applicant: { zh: '申请人本人', en: 'the applicant' },
  'public-security': { zh: '公安机关', en: 'the public security bureau' },
};

export const DECISION_NAMES: Record<Decision, { zh: string; en: string }> = {
  transfer: { zh: '办理转移接续', en: 'transfer' },
  'temporary-account': { zh: '建立临时基本养老保险缴费账户', en: 'temporary pension account' },
  'follows-medical': { zh: '随医疗保险一并办理', en: 'follows medical insurance' },
  'not-required': { zh: '无需转移', en: 'no transfer needed' },
  ineligible: { zh: '不符合转移条件', en: 'not eligible' },
  'needs-review': { zh: '需人工复核', en: 'needs review' },
};

/** File extensions and MIME types of each accepted format. */
export const FORMAT_SIGNATURES: Record<FileFormat, { extensions: string[]; mimeTypes: string[] }> = {
  pdf: { extensions: ['pdf'], mimeTypes: ['application/pdf'] },
  jpg: { extensions: ['jpg', 'jpeg'], mimeTypes: ['image/jpeg', 'image/jpg', 'image/pjpeg'] },
  png: { extensions: ['png'], mimeTypes: ['image/png'] },
  ofd: { extensions: ['ofd'], mimeTypes: ['application/ofd'] },
};
