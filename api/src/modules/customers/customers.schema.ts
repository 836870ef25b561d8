import { z } from 'zod';
import { isValidUscc, normalizeUscc } from '@portal/domain';
import { dbId, listQuery, sortParam } from '../../http/validate';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
/** Spaces and lower case as typed are forgiven; the check character is not. Empty means none given. */
const uscc = z
  .string()
  .transform(normalizeUscc)
  .refine((s) => s === '' || isValidUscc(s), 'customers.badUscc')
  .transform((s) => (s === '' ? null : s));

export const browseCustomersQuery = z.object({
  ...listQuery,
  sort: sortParam(['name', 'updatedAt'], 'name'),
  active: bool.optional(),
});

export const createCustomerBody = z.object({
  name: z.string().trim().min(1).max(200),
  contact: z.string().trim().max(100).default(''),
  phone: z.string().trim().max(50).default(''),
  address: z.string().trim().max(300).default(''),
  uscc: uscc.nullable().default(null),
  active: z.boolean().default(true),
});

export const updateCustomerBody = z.object({
  version: dbId,
  name: z.string().trim().min(1).max(200).optional(),
  contact: z.string().trim().max(100).optional(),
  phone: z.string().trim().max(50).optional(),
  address: z.string().trim().max(300).optional(),
  uscc: uscc.nullable().optional(),
  active: z.boolean().optional(),
});

export type BrowseCustomers = z.output<typeof browseCustomersQuery>;
export type CreateCustomer = z.output<typeof createCustomerBody>;
export type UpdateCustomer = z.output<typeof updateCustomerBody>;
