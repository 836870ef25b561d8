import type { ModuleManifest } from '../../module';
import { ledgerReportsMessages } from './ledger-reports.messages';
import { ledgerReportsRoutes } from './ledger-reports.routes';

export const ledgerReportsModule: ModuleManifest = {
  name: 'ledger-reports',
  routes: ledgerReportsRoutes,
  messages: ledgerReportsMessages,
  section: 'ledger-reports',
};
