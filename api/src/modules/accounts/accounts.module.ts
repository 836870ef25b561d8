import type { ModuleManifest } from '../../module';
import { registerDatabaseProblems } from '../../http/db-problems';
import { accountsDatabaseProblems, accountsMessages } from './accounts.messages';
import { accountsRoutes } from './accounts.routes';

registerDatabaseProblems(accountsDatabaseProblems);

export const accountsModule: ModuleManifest = {
  name: 'accounts',
  routes: accountsRoutes,
  messages: accountsMessages,
  section: 'accounts',
};
