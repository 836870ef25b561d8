import type { ModuleManifest } from '../../module';
import { eContractsWorkbench, eContractsWorkbenchMessages } from './e-contracts.workbench';
import { eContractDocumentType } from './e-contracts.approvals';
import { eContractsMessages } from './e-contracts.messages';
import { eContractsRoutes } from './e-contracts.routes';

export const eContractsModule: ModuleManifest = {
  name: 'e-contracts',
  routes: eContractsRoutes,
  messages: { ...eContractsMessages, ...eContractsWorkbenchMessages },
  documentTypes: [eContractDocumentType],
  section: 'e-contracts',
  workbench: eContractsWorkbench,
};
