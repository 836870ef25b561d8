import { z } from 'zod';
import { UNIT_KINDS } from '../units';
import { id, page } from './common';

/** An organisation unit; GET /api/units lists the whole tree flat, parents first. */
export const Unit = z.object({
  id,
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  kind: z.enum(UNIT_KINDS),
  parentId: id.nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type Unit = z.infer<typeof Unit>;

export const UnitList = page(Unit);
export type UnitList = z.infer<typeof UnitList>;
