import type { ModuleManifest } from '../../module';
import { negotiationsMessages } from './negotiations.messages';
import { negotiationsRoutes } from './negotiations.routes';

export const negotiationsModule: ModuleManifest = {
  name: 'negotiations',
  routes: negotiationsRoutes,
  messages: negotiationsMessages,
  section: 'negotiations',
};
