import type { NegotiationSide } from './negotiations';

/**
 * The e-contract (电子合同, DOMAIN.md §4): generated from the version both sides agreed, signed by
 * both. A signature binds to the SHA-256 of the exact PDF bytes; once both signed the contract is
 * 已签订 and a copy with a signature page is issued. Above the policy amount the buyer's signature
 * waits for the buying unit head's approval (approvals engine, document type b2b_contract).
 */

export const E_CONTRACT_STATUSES = ['awaiting_approval', 'awaiting_signatures', 'signed', 'rejected'] as const;
export type EContractStatus = (typeof E_CONTRACT_STATUSES)[number];

export const E_CONTRACT_STATUS_LABELS: Record<EContractStatus, { zh: string; en: string }> = {
  awaiting_approval: { zh: '待审批', en: 'Awaiting approval' },
  awaiting_signatures: { zh: '待签署', en: 'Awaiting signatures' },
  signed: { zh: '已签订', en: 'Signed' },
  rejected: { zh: '审批未通过', en: 'Approval rejected' },
};

/** The amount from which the seeded b2b_contract policy asks the unit head (¥50,000.00). */
export const B2B_CONTRACT_APPROVAL_FROM_FEN = 5_000_000;

export type SignProblem = 'alreadySigned' | 'approvalRequired' | 'rejected' | 'closed';

/**
 * Why `side` may not sign now, or null. The supplier may sign while the buyer waits for its
 * approval; the buyer only once the approval is through.
 */
export function signProblem(status: EContractStatus, side: NegotiationSide, signedSides: readonly NegotiationSide[]): SignProblem | null {
  if (status === 'signed') return 'closed';
  if (status === 'rejected') return 'rejected';
  if (signedSides.includes(side)) return 'alreadySigned';
  if (side === 'buyer' && status === 'awaiting_approval') return 'approvalRequired';
  return null;
}

/** The status once `side` has signed: 已签订 when both have. */
export function statusAfterSigning(status: EContractStatus, side: NegotiationSide, signedSides: readonly NegotiationSide[]): EContractStatus {
  const sides = new Set([...signedSides, side]);
  return sides.has('buyer') && sides.has('supplier') ? 'signed' : status;
}

/** A SHA-256 as the contract prints and the API returns it: 64 lower-case hex digits. */
export const isSha256Hex = (s: string): boolean => /^[0-9a-f]{64}$/.test(s);

/** The hash in groups of eight, so a person can read it aloud and compare it with the print. */
export const groupedHash = (hex: string): string => hex.match(/.{1,8}/g)?.join(' ') ?? hex;
