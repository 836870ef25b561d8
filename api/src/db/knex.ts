import fs from 'node:fs';
import knexFactory, { type Knex } from 'knex';
import { PGlite, types } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import ClientPgLite from 'knex-pglite';
import pg from 'pg';

// bigint (int8) and numeric come back from pg as strings to avoid precision loss.
// Our money is integer fen well within 2^53, and counts are bigint, so parse them.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
// A DATE is a calendar day, not an instant: keep 'YYYY-MM-DD' instead of a local-midnight Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Db = Knex;

export interface DbOptions {
  /** A PostgreSQL connection string; when absent, embedded PGlite is used. */
  url?: string;
  /** Directory for the embedded database; undefined means in memory. */
  dataDir?: string;
  poolMax?: number;
}

export function createDb(opts: DbOptions): Db {
  if (opts.url) {
    return knexFactory({
      client: 'pg',
      connection: opts.url,
      pool: { min: 0, max: opts.poolMax ?? 10 },
    });
  }
  if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
  return knexFactory({
    client: ClientPgLite as unknown as typeof Knex.Client,
    dialect: 'postgres',
    // PGlite is one connection in this process; knex-pglite pins the pool to 1.
    // Its parsers must agree with pg's above: a DATE stays 'YYYY-MM-DD' on both.
    // btree_gist: ad slot bookings exclude overlapping date ranges per slot (db/migrations/…_04).
    connection: {
      pglite: new PGlite({ dataDir: opts.dataDir, parsers: { [types.DATE]: (v: string) => v }, extensions: { btree_gist } }),
    },
  } as Knex.Config);
}

export function isEmbedded(db: Db): boolean {
  return db.client.config.client !== 'pg';
}
