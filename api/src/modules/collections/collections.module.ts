import type { ModuleManifest } from '../../module';
import { collectionsMessages } from './collections.messages';
import { collectionsRoutes } from './collections.routes';

export const collectionsModule: ModuleManifest = {
  name: 'collections',
  routes: collectionsRoutes,
  messages: collectionsMessages,
  section: 'collections',
};
