import { z } from 'zod';
import { BUYING_UNITS, isHttpUrl, ITEM_CATEGORIES, MAX_PRICE_FEN, PLATFORMS } from '@portal/domain';
import { dbId, isoDay, listQuery, queryId, sortParam } from '../../http/validate';
import '../suppliers/suppliers.messages';

export const month = z.string().regex(/^(?!0000)\d{4}-(0[1-9]|1[0-2])$/, 'prices.badMonth');
const day = isoDay;
const id = queryId;
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const priceFen = z.number().int().positive().max(MAX_PRICE_FEN);
const url = z
  .string()
  .trim()
  .max(2000)
  .refine((s) => s === '' || isHttpUrl(s), 'suppliers.badUrl');

/** The filters the item-based views share. */
const itemFilters = {
  q: listQuery.q,
  buyingUnit: z.enum(BUYING_UNITS).optional(),
  category: z.enum(ITEM_CATEGORIES).optional(),
};

export const browsePricesQuery = z.object({
  ...listQuery,
  ...itemFilters,
  sort: sortParam<'observedOn' | 'priceFen' | 'recordedAt' | 'itemCode'>(['observedOn', 'priceFen', 'recordedAt', 'itemCode'], '-observedOn'),
  itemId: id.optional(),
  supplierId: id.optional(),
  platform: z.enum(PLATFORMS).optional(),
  from: day.optional(),
  to: day.optional(),
  /** Superseded rows are history; shown only when asked. */
  includeSuperseded: bool.default(false),
});

export const createPriceBody = z.object({
  itemId: dbId,
  supplierId: dbId,
  priceFen,
  observedOn: day,
  url: url.default(''),
  inStock: z.boolean().default(true),
  note: z.string().trim().max(500).default(''),
});

/** A correction restates the observation; what it omits is taken from the one it replaces. */
export const correctPriceBody = z.object({
  priceFen: priceFen.optional(),
  observedOn: day.optional(),
  url: url.optional(),
  inStock: z.boolean().optional(),
  note: z.string().trim().max(500).optional(),
  reason: z.string().trim().min(1).max(500),
});

export const matrixQuery = z.object({
  ...itemFilters,
  month: month.optional(),
  platform: z.enum(PLATFORMS).optional(),
  sort: sortParam(['code', 'name'], 'code'),
  page: listQuery.page,
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

export const matrixExportQuery = matrixQuery.omit({ page: true, pageSize: true });

export const historyParams = z.object({ itemId: id });
export const historyQuery = z.object({ from: month.optional(), to: month.optional() });

export const alertsQuery = z.object({
  ...listQuery,
  ...itemFilters,
  month: month.optional(),
  platform: z.enum(PLATFORMS).optional(),
  /** Percent, e.g. 10 or 7.5: rows whose price moved by more than this against the previous month. */
  threshold: z
    .string()
    .regex(/^\d{1,4}(\.\d{1,2})?$/, 'prices.thresholdFormat')
    .transform((s) => Math.round(Number(s) * 100))
    .refine((bp) => bp > 0, 'prices.thresholdFormat')
    .default(1000),
});

export const lowestQuery = z.object({ since: day.optional() });

export const collectionParams = z.object({ unit: z.enum(BUYING_UNITS), month });
export const collectionQuery = z.object({
  ...listQuery,
  category: z.enum(ITEM_CATEGORIES).optional(),
});

export const importQuery = z.object({ format: z.enum(['csv', 'xlsx']).optional() });
export const templateQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') });

export type CreatePrice = z.output<typeof createPriceBody>;
export type CorrectPrice = z.output<typeof correctPriceBody>;
export type MatrixQuery = z.output<typeof matrixExportQuery> & { page: number; pageSize: number };
