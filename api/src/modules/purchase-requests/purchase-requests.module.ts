import type { ModuleManifest } from '../../module';
import { purchaseRequestDocumentType } from './purchase-requests.approvals';
import { purchaseRequestsMessages } from './purchase-requests.messages';
import { purchaseRequestsRoutes } from './purchase-requests.routes';
import { purchaseRequestsWorkbench, purchaseRequestsWorkbenchMessages } from './purchase-requests.workbench';

export const purchaseRequestsModule: ModuleManifest = {
  name: 'purchase-requests',
  routes: purchaseRequestsRoutes,
  messages: { ...purchaseRequestsMessages, ...purchaseRequestsWorkbenchMessages },
  documentTypes: [purchaseRequestDocumentType],
  section: 'purchase-requests',
  workbench: purchaseRequestsWorkbench,
};
