import { z } from 'zod';
import { AD_PRICING_UNITS } from '../ad-quotes';
import { id, page } from './common';

/** An ad slot (广告位). */
export const AdSlot = z.object({
  id,
  code: z.string(),
  name: z.string(),
  /** The optional English name; English screens show `name` where it is null. */
  nameEn: z.string().nullable(),
  /** The page or channel of the mall it sits on, e.g. 首页. */
  page: z.string(),
  format: z.string(),
  size: z.string(),
  pricingUnit: z.enum(AD_PRICING_UNITS),
  exclusive: z.boolean(),
  active: z.boolean(),
  version: z.number().int(),
});
export type AdSlot = z.infer<typeof AdSlot>;

export const AdSlotList = page(AdSlot);
export type AdSlotList = z.infer<typeof AdSlotList>;
