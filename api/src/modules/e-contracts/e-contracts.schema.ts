import { z } from 'zod';
import { E_CONTRACT_STATUSES } from '@portal/domain';
import { dbId, listQuery } from '../../http/validate';

export const browseQuery = z.object({
  ...listQuery,
  status: z.enum(E_CONTRACT_STATUSES).optional(),
});
export type BrowseContracts = z.infer<typeof browseQuery>;

/** Generated from a 双方同意 negotiation sheet. */
export const createBody = z.object({ negotiationId: dbId });

/** The SHA-256 of the bytes the signer read (the detail's sha256), so nobody signs something else by mistake. */
export const signBody = z.object({ sha256: z.string().trim().toLowerCase().regex(/^[0-9a-f]{64}$/, 'eContracts.badHash') });
