import { z } from 'zod';
import { AD_PRICING_UNITS } from '@portal/domain';
import { dbId, englishName, listQuery, sortParam } from '../../http/validate';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const code = z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/, 'adSlots.badCode');

export const browseSlotsQuery = z.object({
  ...listQuery,
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
  sort: sortParam(['code', 'name', 'page'], 'code'),
  active: bool.optional(),
});

const fields = {
  code,
  name: z.string().trim().min(1).max(100),
  nameEn: englishName.default(null),
  page: z.string().trim().max(100).default(''),
  format: z.string().trim().max(100).default(''),
  size: z.string().trim().max(100).default(''),
  pricingUnit: z.enum(AD_PRICING_UNITS),
  exclusive: z.boolean().default(true),
  active: z.boolean().default(true),
};

export const createSlotBody = z.object(fields);

export const updateSlotBody = z.object({
  version: dbId,
  code: fields.code.optional(),
  name: fields.name.optional(),
  nameEn: englishName.optional(),
  page: z.string().trim().max(100).optional(),
  format: z.string().trim().max(100).optional(),
  size: z.string().trim().max(100).optional(),
  pricingUnit: fields.pricingUnit.optional(),
  exclusive: z.boolean().optional(),
  active: z.boolean().optional(),
});

export type BrowseSlots = z.output<typeof browseSlotsQuery>;
export type CreateSlot = z.output<typeof createSlotBody>;
export type UpdateSlot = z.output<typeof updateSlotBody>;
