import { z } from 'zod';
import { COLLECTION_METHODS, MAX_AMOUNT_FEN } from '@portal/domain';
import { dbId, isoDay, listQuery, queryId, sortParam } from '../../http/validate';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const amount = z.number().int('collections.wholeFen').positive('collections.notPositive').max(MAX_AMOUNT_FEN);

export const browseCollectionsQuery = z.object({
  ...listQuery,
  sort: sortParam(['receivedOn', 'number', 'amount', 'customer'], '-receivedOn'),
  customerId: queryId.optional(),
  unitId: queryId.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  reversed: bool.optional(),
});

export const openInstalmentsQuery = z.object({ customerId: queryId, unitId: queryId.optional() });

/**
 * 收款: the customer, our unit that receives it, the day, the amount and how; allocated oldest
 * first unless `allocations` says per instalment how much.
 */
export const collectionBody = z.object({
  customerId: dbId,
  unitId: dbId,
  receivedOn: isoDay,
  amountFen: amount,
  method: z.enum(COLLECTION_METHODS),
  bankRef: z.string().trim().max(100).default(''),
  allocations: z
    .array(z.object({ instalmentId: dbId, amountFen: amount }))
    .max(200)
    .optional(),
});

export const reverseBody = z.object({ reason: z.string().trim().min(1, 'collections.reasonRequired').max(500) });

export type BrowseCollections = z.output<typeof browseCollectionsQuery>;
export type CollectionInput = z.output<typeof collectionBody>;
