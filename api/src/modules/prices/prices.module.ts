import type { ModuleManifest } from '../../module';
import { pricesWorkbench, pricesWorkbenchMessages } from './prices.workbench';
import { pricesMessages } from './prices.messages';
import { pricesRoutes } from './prices.routes';

export const pricesModule: ModuleManifest = {
  name: 'prices',
  routes: pricesRoutes,
  messages: { ...pricesMessages, ...pricesWorkbenchMessages },
  section: 'prices',
  workbench: pricesWorkbench,
};
