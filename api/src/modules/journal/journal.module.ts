import type { ModuleManifest } from '../../module';
import { registerDatabaseProblems } from '../../http/db-problems';
import { journalDatabaseProblems, journalMessages } from './journal.messages';
import { journalRoutes } from './journal.routes';

// The ledger triggers' refusals become clear 409/422 problems wherever a request meets them.
registerDatabaseProblems(journalDatabaseProblems);

export const journalModule: ModuleManifest = {
  name: 'journal',
  routes: journalRoutes,
  messages: journalMessages,
  section: 'journal',
};
