import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Db } from './db/knex';
import { NotFound } from './http/errors';
import { mountRoutes } from './http/mount';
import { problemMiddleware } from './http/problem';
import type { RouteDef } from './http/route';
import { sessionMiddleware } from './http/session';
import { registerModules } from './module';
import { allRoutes, MODULES } from './modules';
import { securityHeaders } from './http/security';
import { compressJson } from './http/compression';
import { serveSpa } from './http/spa';

export interface AppDeps {
  db: Db;
  config: Config;
  logger: Logger;
  routes?: readonly RouteDef[];
  /** Check every JSON response against its route's declared contract (tests; off in production). */
  checkContracts?: boolean;
}

/** Builds the Express app without listening, so tests drive it with supertest. */
export function createApp({ db, config, logger, routes = allRoutes, checkContracts = false }: AppDeps): Express {
  // The modules' messages and document types, even when a test mounts only some routes.
  registerModules(MODULES);
  const app = express();
  app.disable('x-powered-by');
  if (config.TRUST_PROXY) {
    const v = config.TRUST_PROXY;
    app.set('trust proxy', /^\d+$/.test(v) ? Number(v) : v === 'true' ? true : v);
  }
  app.use(
    pinoHttp({
      logger,
      // Keep a request id a load balancer already assigned; otherwise make one.
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/api/health' },
    }),
  );
  app.use(securityHeaders());

  const api = express.Router();
  api.use(compressJson());
  api.use(express.json({ limit: '2mb' }));
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(sessionMiddleware(db, config.SESSION_TTL_HOURS));
  api.use(mountRoutes(db, config, routes, { checkContracts }));
  api.use((_req, _res, next) => next(new NotFound('problem.routeNotFound')));
  app.use('/api', api);

  serveSpa(app, config.WEB_DIST);
  app.use(problemMiddleware());
  return app;
}
