import { z } from 'zod';
import { MAX_SETTLEMENT_FEN, PAYMENT_KINDS, PAYMENT_METHODS, PAYMENT_REQUEST_STATUSES } from '@portal/domain';
import { dbId, isoDay, listQuery, queryId } from '../../http/validate';

const text = (max: number) => z.string().trim().min(1, 'paymentRequests.required').max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((s) => s || null);

export const owedQuery = z.object({ supplierId: queryId });

/** One or more orders of one supplier, the amount asked for them, and where the money goes. */
export const createBody = z.object({
  supplierId: dbId,
  orderIds: z.array(dbId).min(1, 'paymentRequests.noOrders').max(50),
  amountFen: z.number().int().positive().max(MAX_SETTLEMENT_FEN),
  payee: text(200),
  method: z.enum(PAYMENT_METHODS),
  bank: optionalText(200),
  account: optionalText(64),
  note: z.string().trim().max(500).default(''),
});

export const versionBody = z.object({ version: dbId });

export const payBody = z.object({
  paidOn: isoDay,
  payingAccount: text(100),
  bankRef: z.string().trim().max(100).default(''),
});

export const reverseBody = z.object({
  reason: text(500),
  reversedOn: isoDay.optional(),
});

export const browseQuery = z.object({
  ...listQuery,
  status: z.enum(PAYMENT_REQUEST_STATUSES).optional(),
  supplierId: queryId.optional(),
});

export const registerQuery = z.object({
  ...listQuery,
  from: isoDay.optional(),
  to: isoDay.optional(),
  kind: z.enum(PAYMENT_KINDS).optional(),
  supplierId: queryId.optional(),
  unitId: queryId.optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});

export type CreateRequest = z.output<typeof createBody>;
export type PayInput = z.output<typeof payBody>;
export type ReverseInput = z.output<typeof reverseBody>;
export type BrowseRequests = z.output<typeof browseQuery>;
export type RegisterQuery = z.output<typeof registerQuery>;
