import type { ModuleManifest } from '../../module';
import { purchaseInvoicesMessages } from './purchase-invoices.messages';
import { purchaseInvoicesRoutes } from './purchase-invoices.routes';
import { purchaseInvoicesWorkbench } from './purchase-invoices.workbench';

export const purchaseInvoicesModule: ModuleManifest = {
  name: 'purchase-invoices',
  routes: purchaseInvoicesRoutes,
  messages: purchaseInvoicesMessages,
  section: 'purchase-invoices',
  workbench: purchaseInvoicesWorkbench,
};
