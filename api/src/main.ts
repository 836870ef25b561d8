import pino from 'pino';
import { createApp } from './app';
import { loadConfig } from './config';
import { createDb, isEmbedded } from './db/knex';
import { migrateLatest } from './db/migrate';
import { seedIfEmpty } from '../../db/seeds/demo';

const config = loadConfig();
const logger = pino({ level: config.LOG_LEVEL });
const started = performance.now();

const db = createDb({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, poolMax: config.DB_POOL_MAX });
const applied = await migrateLatest(db);
if (applied.length) logger.info({ applied }, 'migrations applied');

// Demo data goes into an empty embedded database on its own; a real server only when asked.
const seed = config.SEED_DEMO ?? isEmbedded(db);
if (seed && (await seedIfEmpty(db))) logger.info('demo organisation and users loaded');

const app = createApp({ db, config, logger });
const server = app.listen(config.PORT, config.HOST, () => {
  logger.info(
    {
      port: config.PORT,
      database: isEmbedded(db) ? `embedded PGlite in ${config.DATA_DIR}` : 'PostgreSQL (DATABASE_URL)',
      startupMs: Math.round(performance.now() - started),
    },
    `portal listening on http://localhost:${config.PORT}`,
  );
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing open requests');
  const force = setTimeout(() => {
    logger.warn('open requests did not finish in 10 s; closing anyway');
    process.exit(1);
  }, 10_000);
  force.unref();
  server.close(async () => {
    server.closeAllConnections?.();
    // Closing PGlite flushes it to disk; closing the pg pool lets PostgreSQL free the backends.
    await db.destroy();
    logger.info('stopped');
    process.exit(0);
  });
  server.closeIdleConnections?.();
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
