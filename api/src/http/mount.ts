import { Router, type NextFunction, type Request, type Response } from 'express';
import { hasAnyRole } from '@portal/domain';
import type { Db } from '../db/knex';
import type { Config } from '../config';
import { assertContract } from './contracts';
import { Forbidden, Unauthenticated } from './errors';
import { idempotent } from './idempotency';
import { XSRF_HEADER } from './cookies';
import { langOf } from './lang';
import { assertCanonicalPathIds } from './path-ids';
import type { Actor, RouteDef } from './route';
import { parse } from './validate';

const SAFE_METHODS = new Set(['get', 'head', 'options']);

export function actorOf(req: Request): Actor {
  return {
    userId: req.user?.id ?? null,
    name: req.user?.displayName ?? null,
    requestId: String(req.id ?? ''),
    ip: req.ip ?? null,
  };
}

/** An external user (issue 15): by its link to a supplier, and by its role, so either alone is enough to fence it in. */
export function isSupplierContact(user: { supplierId: number | null; roles: readonly { role: string }[] }): boolean {
  return user.supplierId !== null || hasAnyRole(user.roles, ['supplier_contact']);
}

/** A supplier contact may call only the routes that name it, and the few generic ones marked open to it. */
export function openToSupplierContacts(def: RouteDef): boolean {
  return Array.isArray(def.allow) ? def.allow.includes('supplier_contact') : def.allow === 'public' || def.openToSupplierContacts === true;
}

/**
 * Mounts declared routes. Order per request: who are you (401), may your
 * session write (CSRF, 403), may your role call this (403), is the input valid
 * (400), then the handler. Unit scope is the service's job: it knows the record.
 */
export function mountRoutes(db: Db, config: Config, routes: readonly RouteDef[], opts: { checkContracts?: boolean } = {}): Router {
  const router = Router();
  for (const def of routes) {
    router[def.method](def.path, async (req: Request, res: Response, next: NextFunction) => {
      try {
        const lang = langOf(req);
        const user = req.user ?? null;
        if (def.allow !== 'public') {
          if (!user) throw new Unauthenticated();
          // Double-submit token: a cross-site form can send the cookie but cannot read it.
          if (!SAFE_METHODS.has(def.method) && req.get(XSRF_HEADER) !== user.csrfToken) {
            throw new Forbidden('problem.csrf');
          }
          if (def.allow !== 'signedIn' && !hasAnyRole(user.roles, def.allow)) throw new Forbidden();
          if (isSupplierContact(user) && !openToSupplierContacts(def)) throw new Forbidden();
        }
        assertCanonicalPathIds(req);
        const params = def.params ? parse(def.params as never, req.params, lang) : req.params;
        const query = def.query ? parse(def.query as never, req.query, lang) : undefined;
        const body = def.body ? parse(def.body as never, req.body ?? {}, lang) : undefined;
        const run = () => def.handle({ req, res, db, config, lang, user, actor: actorOf(req), body, query, params } as never);
        const result = def.idempotent ? await idempotent(db, req, res, user?.id ?? null, def.status, run) : await run();
        if (res.headersSent) return;
        if (opts.checkContracts) assertContract(def, result);
        if (result === undefined) res.status(def.status ?? 204).end();
        else res.status(def.status ?? 200).json(result);
      } catch (err) {
        next(err);
      }
    });
  }
  return router;
}
