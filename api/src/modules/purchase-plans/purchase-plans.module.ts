import type { ModuleManifest } from '../../module';
import { purchasePlanDocumentType } from './purchase-plans.approvals';
import { purchasePlansMessages } from './purchase-plans.messages';
import { purchasePlansRoutes } from './purchase-plans.routes';
import { purchasePlansWorkbench, purchasePlansWorkbenchMessages } from './purchase-plans.workbench';

export const purchasePlansModule: ModuleManifest = {
  name: 'purchase-plans',
  routes: purchasePlansRoutes,
  messages: { ...purchasePlansMessages, ...purchasePlansWorkbenchMessages },
  documentTypes: [purchasePlanDocumentType],
  section: 'purchase-plans',
  workbench: purchasePlansWorkbench,
};
