import { z } from 'zod';
import { MIN_PASSWORD_LENGTH, ROLES } from '@portal/domain';
import { listQuery, sortParam } from '../../http/validate';

const username = z.string().trim().regex(/^[A-Za-z][A-Za-z0-9_.-]{1,31}$/, 'users.usernameFormat');
const password = z.string().min(MIN_PASSWORD_LENGTH, 'users.passwordTooShort').max(200);
const displayName = z.string().trim().min(1).max(40);

export const browseUsersQuery = z.object({
  ...listQuery,
  sort: sortParam(['username', 'displayName', 'lastLoginAt', 'createdAt'], 'username'),
  unitId: z.coerce.number().int().positive().optional(),
  role: z.enum(ROLES).optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export const createUserBody = z.object({
  username,
  displayName,
  unitId: z.number().int().positive(),
  password,
});

export const updateUserBody = z.object({
  version: z.number().int().positive(),
  displayName: displayName.optional(),
  unitId: z.number().int().positive().optional(),
  active: z.boolean().optional(),
});

export const resetPasswordBody = z.object({ password });

export const addGrantBody = z.object({
  role: z.enum(ROLES),
  unitId: z.number().int().positive(),
});

export const grantParams = z.object({
  id: z.coerce.number().int().positive(),
  grantId: z.coerce.number().int().positive(),
});
