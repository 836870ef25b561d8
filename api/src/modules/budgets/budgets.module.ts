import type { ModuleManifest } from '../../module';
import { budgetsMessages } from './budgets.messages';
import { budgetsRoutes } from './budgets.routes';
import { budgetsWorkbench, budgetsWorkbenchMessages } from './budgets.workbench';

export const budgetsModule: ModuleManifest = {
  name: 'budgets',
  routes: budgetsRoutes,
  messages: { ...budgetsMessages, ...budgetsWorkbenchMessages },
  section: 'budgets',
  workbench: budgetsWorkbench,
};
