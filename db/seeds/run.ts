// `npm run seed`: load the demo organisation into the configured database (embedded or DATABASE_URL).
import { loadConfig } from '../../api/src/config';
import { createDb } from '../../api/src/db/knex';
import { migrateLatest } from '../../api/src/db/migrate';
import { seedIfEmpty } from './demo';

const config = loadConfig();
const db = createDb({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  await migrateLatest(db);
  const done = await seedIfEmpty(db);
  console.log(done ? 'Demo data loaded.' : 'The database already has an organisation; nothing was changed.');
} finally {
  await db.destroy();
}
