import type { ModuleManifest } from '../../module';
import { purchasePlansMessages } from './purchase-plans.messages';
import { purchasePlansRoutes } from './purchase-plans.routes';

export const purchasePlansModule: ModuleManifest = {
  name: 'purchase-plans',
  routes: purchasePlansRoutes,
  messages: purchasePlansMessages,
  section: 'purchase-plans',
};
