import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Knex } from 'knex';
import { ROOT_DIR } from '../config';

const MIGRATIONS_DIR = path.join(ROOT_DIR, 'db/migrations');

/**
 * Migrations are TypeScript modules in db/migrations, run in file-name order.
 * A source of our own (rather than knex's file loader) so that the same files
 * load under tsx in `npm start`, the tests and the benchmark alike.
 */
const source: Knex.MigrationSource<string> = {
  async getMigrations() {
    return fs
      .readdirSync(MIGRATIONS_DIR)
      .filter((f) => /^\d.*\.ts$/.test(f))
      .sort();
  },
  getMigrationName(name) {
    return name.replace(/\.ts$/, '');
  },
  async getMigration(name) {
    return import(pathToFileURL(path.join(MIGRATIONS_DIR, name)).href);
  },
};

export async function migrateLatest(db: Knex): Promise<string[]> {
  const [, applied] = await db.migrate.latest({ migrationSource: source });
  return applied as string[];
}
