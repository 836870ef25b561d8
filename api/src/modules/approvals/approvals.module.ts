import type { ModuleManifest } from '../../module';
import { approvalsMessages } from './approvals.messages';
import { approvalsRoutes } from './approvals.routes';

export const approvalsModule: ModuleManifest = {
  name: 'approvals',
  routes: approvalsRoutes,
  messages: approvalsMessages,
  section: 'approvals',
};
