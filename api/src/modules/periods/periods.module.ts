import type { ModuleManifest } from '../../module';
import { registerDatabaseProblems } from '../../http/db-problems';
import { periodsDatabaseProblems, periodsMessages } from './periods.messages';
import { periodsRoutes } from './periods.routes';
import { periodsWorkbench } from './periods.workbench';

registerDatabaseProblems(periodsDatabaseProblems);

export const periodsModule: ModuleManifest = {
  name: 'periods',
  routes: periodsRoutes,
  messages: periodsMessages,
  section: 'periods',
  workbench: periodsWorkbench,
};
