import { z } from 'zod';
import { UNIT_KINDS } from '@portal/domain';

const code = z.string().trim().min(1).max(32).regex(/^[A-Z0-9_-]+$/, 'units.codeFormat');
const name = z.string().trim().min(1).max(60);

export const createUnitBody = z.object({
  code,
  nameZh: name,
  nameEn: name,
  kind: z.enum(UNIT_KINDS),
  parentId: z.number().int().positive('units.parentRequired'),
});

export const updateUnitBody = z.object({
  version: z.number().int().positive(),
  code: code.optional(),
  nameZh: name.optional(),
  nameEn: name.optional(),
  parentId: z.number().int().positive().optional(),
  active: z.boolean().optional(),
});
