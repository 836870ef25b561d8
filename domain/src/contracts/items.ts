import { z } from 'zod';
import { BUYING_UNITS, ITEM_CATEGORIES } from '../supplier-prices';
import { id, page, timestamp } from './common';

/** An item (物资); `editable` says whether the caller may write it. */
export const Item = z.object({
  id,
  code: z.string(),
  name: z.string(),
  /** The optional English name; English screens show `name` where it is null. */
  nameEn: z.string().nullable(),
  spec: z.string(),
  uom: z.string(),
  category: z.enum(ITEM_CATEGORIES),
  buyingUnit: z.enum(BUYING_UNITS),
  stockOnHand: z.number().int(),
  reorderLevel: z.number().int(),
  belowReorder: z.boolean(),
  active: z.boolean(),
  version: z.number().int(),
  updatedAt: timestamp,
  editable: z.boolean(),
});
export type Item = z.infer<typeof Item>;

export const ItemList = page(Item);
export type ItemList = z.infer<typeof ItemList>;
