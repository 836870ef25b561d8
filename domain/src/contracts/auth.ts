import { z } from 'zod';
import { ROLES } from '../roles';
import { id } from './common';

export const SessionRole = z.object({ role: z.enum(ROLES), unitId: id, unitName: z.string(), unitNameEn: z.string() });
export type SessionRole = z.infer<typeof SessionRole>;

/** The signed-in user with the roles held per unit. */
export const SessionUser = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  unitId: id,
  unitName: z.string(),
  unitNameEn: z.string(),
  roles: z.array(SessionRole),
  /** The supplier company a supplier contact acts for (issue 15); null for every internal user. */
  supplierId: id.nullable(),
});
export type SessionUser = z.infer<typeof SessionUser>;

/** POST /api/auth/login and GET /api/auth/me. */
export const SignedIn = z.object({ user: SessionUser });
export type SignedIn = z.infer<typeof SignedIn>;
