import path from 'node:path';
import { z } from 'zod';

/** The repository root: .data/ and the SPA build are found from here, whatever the cwd. */
export const ROOT_DIR = path.resolve(import.meta.dirname, '../..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** A PostgreSQL server; without it the portal runs on embedded PGlite in DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(path.join(ROOT_DIR, '.data')),
  /** Load the demo organisation into an empty database. Defaults to on for embedded, off for DATABASE_URL. */
  SEED_DEMO: bool.optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  /** Express "trust proxy": set when a load balancer terminates TLS, so cookies become Secure. */
  TRUST_PROXY: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().default(path.join(ROOT_DIR, 'dist/web/browser')),
  /** The longest ad flight a quotation may book, in days (domain: AD_MAX_FLIGHT_DAYS). */
  AD_MAX_FLIGHT_DAYS: z.coerce.number().int().min(1).max(3660).default(366),
  /** How far above the lowest price in the database an order's unit price may be without a reason, in basis points (1000 = 10%). */
  PRICE_TOLERANCE_BP: z.coerce.number().int().min(0).max(100_000).default(1000),
  /**
   * The shortest time suppliers get to quote, from sending an inquiry to its deadline, in seconds
   * (domain: MIN_QUOTE_WINDOW_MINUTES, 10 minutes). The e2e server sets a few seconds, so that a
   * deadline passes inside one test by the database's own clock, with no clock of the test's.
   */
  MIN_QUOTE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(30 * 86_400).default(600),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=` in a unit file or .env) means "not set".
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
