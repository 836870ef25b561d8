import type { ModuleManifest } from '../../module';
import { itemsMessages } from './items.messages';
import { itemsRoutes } from './items.routes';

export const itemsModule: ModuleManifest = {
  name: 'items',
  routes: itemsRoutes,
  messages: itemsMessages,
  section: 'prices',
};
