import { z } from 'zod';
import { BUYING_UNITS, ITEM_CATEGORIES } from '@portal/domain';
import { dbId, englishName, listQuery, sortParam } from '../../http/validate';

const code = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9_.-]{0,31}$/, 'items.codeFormat'));
const quantity = z.number().int().min(0).max(100_000_000);
const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

export const browseItemsQuery = z.object({
  ...listQuery,
  sort: sortParam(['code', 'name', 'category', 'stockOnHand', 'updatedAt'], 'code'),
  buyingUnit: z.enum(BUYING_UNITS).optional(),
  category: z.enum(ITEM_CATEGORIES).optional(),
  active: bool.optional(),
  belowReorder: bool.optional(),
});

export const createItemBody = z.object({
  code,
  name: z.string().trim().min(1).max(100),
  nameEn: englishName.default(null),
  spec: z.string().trim().max(200).default(''),
  uom: z.string().trim().min(1).max(10),
  category: z.enum(ITEM_CATEGORIES),
  buyingUnit: z.enum(BUYING_UNITS),
  stockOnHand: quantity.default(0),
  reorderLevel: quantity.default(0),
});

export const updateItemBody = z.object({
  version: dbId,
  code: code.optional(),
  name: z.string().trim().min(1).max(100).optional(),
  nameEn: englishName.optional(),
  spec: z.string().trim().max(200).optional(),
  uom: z.string().trim().min(1).max(10).optional(),
  category: z.enum(ITEM_CATEGORIES).optional(),
  buyingUnit: z.enum(BUYING_UNITS).optional(),
  stockOnHand: quantity.optional(),
  reorderLevel: quantity.optional(),
  active: z.boolean().optional(),
});

export type CreateItem = z.output<typeof createItemBody>;
export type UpdateItem = z.output<typeof updateItemBody>;
