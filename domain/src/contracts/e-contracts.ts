import { z } from 'zod';
import { E_CONTRACT_STATUSES } from '../e-contracts';
import { APPROVAL_STATUSES } from '../approvals';
import { NEGOTIATION_SIDES } from '../negotiations';
import { fen, id, page, PersonRef, timestamp } from './common';

export const EContractSignature = z.object({
  side: z.enum(NEGOTIATION_SIDES),
  signer: PersonRef,
  role: z.string(),
  roleLabel: z.string(),
  sha256: z.string(),
  signedAt: timestamp,
});
export type EContractSignature = z.infer<typeof EContractSignature>;

export const EContractRow = z.object({
  id,
  number: z.string(),
  title: z.string(),
  negotiation: z.object({ id, number: z.string(), versionNo: z.number().int() }),
  supplier: z.object({ id, name: z.string() }),
  unit: z.object({ id, name: z.string() }),
  totalFen: fen,
  status: z.enum(E_CONTRACT_STATUSES),
  sha256: z.string(),
  signedSha256: z.string().nullable(),
  signedAt: timestamp.nullable(),
  createdAt: timestamp,
});
export type EContractRow = z.infer<typeof EContractRow>;

export const EContractList = page(EContractRow);
export type EContractList = z.infer<typeof EContractList>;

export const EContractDetail = EContractRow.extend({
  version: z.number().int(),
  totalInWords: z.string(),
  createdBy: PersonRef.nullable(),
  signatures: z.array(EContractSignature),
  approval: z.object({ requestId: id, status: z.enum(APPROVAL_STATUSES) }).nullable(),
  mySide: z.enum(NEGOTIATION_SIDES).nullable(),
  can: z.object({ sign: z.boolean(), submit: z.boolean() }),
  /** The order the signed contract became (execution: deliveries, review, settlement); null before signing and for a supplier contact. */
  orderId: id.nullable(),
});
export type EContractDetail = z.infer<typeof EContractDetail>;

/** POST /api/e-contracts/verify: whether the uploaded bytes are a signed contract's, and which. */
export const EContractVerification = z.object({
  sha256: z.string(),
  size: z.number().int(),
  match: z.boolean(),
  /** 'contract': the bytes both sides signed; 'signed': the issued copy with the signature page. */
  copy: z.enum(['contract', 'signed']).nullable(),
  contract: z
    .object({ id, number: z.string(), title: z.string(), supplierName: z.string(), signedAt: timestamp.nullable(), signatures: z.array(EContractSignature) })
    .nullable(),
});
export type EContractVerification = z.infer<typeof EContractVerification>;
