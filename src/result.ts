/** The result of validateTransfer(): decisions per insurance type and every issue found. */
import type { InsuranceType } from './application/insurance-types.js';
import type { Issue, Source } from './issues.js';
import type { AgencyMilestone, Decision, FileFormat, Issuer } from './policy/vocabulary.js';

export interface RouteEndResult {
  /** The 6-digit GB/T 2260 code. */
  code: string;
  level: 'province' | 'city' | 'county';
  name: string;
  city?: string;
  province: string;
  /** A statistical area (a development zone), not an administrative division: it counts as part of its `city`. */
  statistical?: true;
}

export interface Reason {
  ruleId: string;
  decision?: Decision;
  message: string;
  messageEn: string;
  source: Source;
  status?: 'unverified';
}

export interface ConditionOutcome {
  ruleId: string;
  decision: Decision;
  met: boolean;
}

export interface DocumentAlternative {
  kind: string;
  name: string;
  nameEn: string;
}

/** What a policy asks of a document, with the catalogue's defaults filled in. */
export interface DocumentTerms {
  kind: string;
  /** In the requested locale. */
  name: string;
  nameEn: string;
  issuer: Issuer;
  issuerName: string;
  sealRequired: boolean;
  formats: FileFormat[];
  maxSizeBytes: number;
  /** Documents that may be given instead (a social security card for an ID card). */
  alternatives?: DocumentAlternative[];
  /** Must be issued in the origin (or destination) region of the route. */
  issuedIn?: 'origin' | 'destination';
  /** A scanned image's shorter side needs at least this many pixels. */
  minShortSidePx?: number;
  minDpi?: number;
  minPages?: number;
  maxPages?: number;
  /** Must have been issued at most this many days before today. */
  maxAgeDays?: number;
  photocopyAccepted: boolean;
  electronicAccepted: boolean;
}

export interface RequiredDocument extends DocumentTerms {
  provided: boolean;
  ruleId: string;
  source: Source;
  status?: 'unverified';
  note?: string;
}

export interface StepResult {
  step: string;
  name: string;
  nameEn: string;
  actor: Issuer;
  /** The time limit in working days; absent when no source gives one (then neither this step nor the ones after it have a due date). */
  workingDays?: number;
  /** The last working day for the step, counted from the end of the step before. */
  due?: string;
  /** The agency's report that ends the step (see AGENCY_MILESTONES); without it, the step ends when it is completed by name or the item is. */
  endsWith?: AgencyMilestone;
  ruleId: string;
  source: Source;
  status?: 'unverified';
}

export interface ItemResult {
  insurance: InsuranceType;
  insuranceName: string;
  decision: Decision;
  /** For needs-review by an unverified rule: what that rule would decide. */
  provisionalDecision?: Decision;
  reasons: Reason[];
  /** The decision rules tried, in order, and whether each one's condition held. */
  conditions: ConditionOutcome[];
  requiredDocuments: RequiredDocument[];
  steps: StepResult[];
  estimatedCompletion?: string;
  /** Where the person applies (an agency of the origin or destination), when the policy says and there is something to do. */
  applyAt?: Issuer;
}

export interface TransferResult {
  /** True when no issue has severity "error". */
  ok: boolean;
  route: { from: RouteEndResult | null; to: RouteEndResult | null };
  policyVersion: string;
  /** The date deadlines count from: the application date, else the `today` option. */
  referenceDate?: string;
  items: ItemResult[];
  issues: Issue[];
}
