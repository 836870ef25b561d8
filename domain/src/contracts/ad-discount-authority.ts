import { z } from 'zod';
import { ROLES } from '../roles';
import { bp, timestamp } from './common';

/** 广告费折扣权限: the deepest paid share each role may grant alone, and the floor below which nobody may. */
export const DiscountAuthoritySetting = z.object({
  version: z.number().int(),
  floorBp: bp,
  authority: z.partialRecord(z.enum(ROLES), bp),
  updatedAt: timestamp.nullable(),
});
export type DiscountAuthoritySetting = z.infer<typeof DiscountAuthoritySetting>;
