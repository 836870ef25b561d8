import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '@portal/domain';
import { dbId } from '../../http/validate';

const token = z.string().trim().min(20).max(200);

export const browseContactsQuery = z.object({ supplierId: z.coerce.number().int().positive() });

export const inviteContactBody = z.object({
  supplierId: dbId,
  username: z.string().trim().regex(/^[A-Za-z][A-Za-z0-9_.-]{1,31}$/, 'users.usernameFormat'),
  displayName: z.string().trim().min(1).max(40),
  phone: z.string().trim().max(50).default(''),
  email: z.union([z.literal(''), z.email().max(200)]).default(''),
});

export const checkInviteBody = z.object({ token });

export const setPasswordBody = z.object({
  token,
  password: z.string().min(MIN_PASSWORD_LENGTH, 'users.passwordTooShort').max(200),
});

export type InviteContact = z.output<typeof inviteContactBody>;
