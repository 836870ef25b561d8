import type { ModuleManifest } from '../../module';
import { negotiationsWorkbench, negotiationsWorkbenchMessages } from './negotiations.workbench';
import { negotiationsMessages } from './negotiations.messages';
import { negotiationsRoutes } from './negotiations.routes';

export const negotiationsModule: ModuleManifest = {
  name: 'negotiations',
  routes: negotiationsRoutes,
  messages: { ...negotiationsMessages, ...negotiationsWorkbenchMessages },
  section: 'negotiations',
  workbench: negotiationsWorkbench,
};
