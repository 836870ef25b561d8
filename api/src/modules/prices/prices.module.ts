import type { ModuleManifest } from '../../module';
import { pricesMessages } from './prices.messages';
import { pricesRoutes } from './prices.routes';

export const pricesModule: ModuleManifest = {
  name: 'prices',
  routes: pricesRoutes,
  messages: pricesMessages,
  section: 'prices',
};
