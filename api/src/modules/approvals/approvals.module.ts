import type { ModuleManifest } from '../../module';
import { approvalsWorkbench, approvalsWorkbenchMessages } from './approvals.workbench';
import { approvalsMessages } from './approvals.messages';
import { approvalsRoutes } from './approvals.routes';

export const approvalsModule: ModuleManifest = {
  name: 'approvals',
  routes: approvalsRoutes,
  messages: { ...approvalsMessages, ...approvalsWorkbenchMessages },
  section: 'approvals',
  workbench: approvalsWorkbench,
};
