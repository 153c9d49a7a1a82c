/** Why the employee moves. */
export const TRANSFER_REASONS = ['job-change', 'relocation', 'hukou-move', 'other'] as const;
export type TransferReason = (typeof TRANSFER_REASONS)[number];
