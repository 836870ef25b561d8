import { Health } from '@portal/domain/contracts';
import { route } from '../../http/route';
import { AppError } from '../../http/errors';
import { isEmbedded } from '../../db/knex';
import { pingDatabase } from './health.repo';

export const healthRoutes = [
  route({
    method: 'get',
    path: '/health',
    allow: 'public',
    response: Health,
    summary: 'Liveness and database reachability, for load balancers',
    handle: async ({ db }) => {
      const started = performance.now();
      try {
        await pingDatabase(db);
      } catch {
        throw new AppError(503, 'unavailable', 'problem.unavailable');
      }
      return {
        status: 'ok',
        database: isEmbedded(db) ? 'embedded' : 'postgresql',
        dbLatencyMs: Math.round((performance.now() - started) * 10) / 10,
      };
    },
  }),
];
