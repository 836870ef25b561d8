import { z } from 'zod';
import { SessionRole, SessionUser } from './auth';
import { id, page, timestamp } from './common';

/** A role held in a unit; `id` is the grant's, for revoking it. */
export const UserGrant = SessionRole.omit({ unitNameEn: true }).extend({ id });
export type UserGrant = z.infer<typeof UserGrant>;

/**
 * A user as an administrator sees it. `unitName` is the Chinese name; screens prefer the unit
 * list's (which has both names), so the English one is the session's alone.
 */
export const User = SessionUser.omit({ unitNameEn: true, supplierId: true }).extend({
  active: z.boolean(),
  locked: z.boolean(),
  lockedUntil: timestamp.nullable(),
  lastLoginAt: timestamp.nullable(),
  version: z.number().int(),
  roles: z.array(UserGrant),
});
export type User = z.infer<typeof User>;

export const UserList = page(User);
export type UserList = z.infer<typeof UserList>;
