import type { NextFunction, Request, Response } from 'express';
import type { RoleGrant } from '@portal/domain';
import type { Db } from '../db/knex';
import { resolveSession } from '../modules/auth/auth.service';
import { readCookies, SESSION_COOKIE } from './cookies';

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  unitId: number;
  unitName: string;
  unitNameEn: string;
  roles: RoleGrant[];
  /**
   * The supplier company a supplier contact acts for (issue 15); null for every internal user.
   * Non-null exactly when the user holds the role supplier_contact.
   */
  supplierId: number | null;
  sessionId: string;
  csrfToken: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: SessionUser | null;
  }
}

/** Loads the signed-in user (if any) from the session cookie; it never rejects by itself. */
export function sessionMiddleware(db: Db, ttlHours: number) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    try {
      const token = readCookies(req)[SESSION_COOKIE];
      req.user = token ? await resolveSession(db, token, ttlHours) : null;
      next();
    } catch (err) {
      next(err);
    }
  };
}
