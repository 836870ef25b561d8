import type { ModuleManifest } from '../../module';
import { purchaseLedgersMessages } from './purchase-ledgers.messages';
import { purchaseLedgersRoutes } from './purchase-ledgers.routes';

export const purchaseLedgersModule: ModuleManifest = {
  name: 'purchase-ledgers',
  routes: purchaseLedgersRoutes,
  messages: purchaseLedgersMessages,
  section: 'purchase-ledgers',
};
