import { z } from 'zod';
import { BUYING_UNITS, PLATFORMS, PURCHASE_LEDGERS } from '@portal/domain';
import { listQuery, queryId } from '../../http/validate';

/** A month as the query string carries it: YYYY-MM, a real month (2026-13 is a 400 naming the field). */
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'purchaseLedgers.badMonth').refine((m) => m >= '2000-01' && m <= '2100-12', 'purchaseLedgers.badMonth');

export const ledgerParam = z.object({ ledger: z.enum(PURCHASE_LEDGERS) });

/** Every ledger's filters; `status` means each ledger's own states (checked in the service, naming the field). */
export const ledgerQuery = z.object({
  q: listQuery.q,
  page: listQuery.page,
  pageSize: listQuery.pageSize,
  unit: z.enum(BUYING_UNITS).optional(),
  month: month.optional(),
  platform: z.enum(PLATFORMS).optional(),
  supplierId: queryId.optional(),
  orderId: queryId.optional(),
  status: z.string().trim().max(40).optional(),
  format: z.enum(['json', 'xlsx']).default('json'),
});

export const mismatchQuery = z.object({ page: listQuery.page, pageSize: listQuery.pageSize, unit: z.enum(BUYING_UNITS).optional(), month: month.optional() });

export const spendQuery = z.object({ month, unit: z.enum(BUYING_UNITS).optional() });

export type LedgerQuery = z.output<typeof ledgerQuery>;
export type MismatchQuery = z.output<typeof mismatchQuery>;
export type SpendQuery = z.output<typeof spendQuery>;
