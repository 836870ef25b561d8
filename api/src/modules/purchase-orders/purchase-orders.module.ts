import type { ModuleManifest } from '../../module';
import { purchaseOrdersMessages } from './purchase-orders.messages';
import { purchaseOrdersRoutes } from './purchase-orders.routes';
import { virtualContractDocumentType } from './purchase-orders.vc';
import { purchaseOrdersWorkbench } from './purchase-orders.workbench';

export const purchaseOrdersModule: ModuleManifest = {
  name: 'purchase-orders',
  routes: purchaseOrdersRoutes,
  messages: purchaseOrdersMessages,
  documentTypes: [virtualContractDocumentType],
  section: 'purchase-orders',
  workbench: purchaseOrdersWorkbench,
};
