import type { ModuleManifest } from '../../module';
import { adQuotesWorkbench, adQuotesWorkbenchMessages } from './ad-quotes.workbench';
import { adQuoteDocumentType } from './ad-quotes.approvals';
import { adQuotesMessages } from './ad-quotes.messages';
import { adQuotesRoutes } from './ad-quotes.routes';

export const adQuotesModule: ModuleManifest = {
  name: 'ad-quotes',
  routes: adQuotesRoutes,
  messages: { ...adQuotesMessages, ...adQuotesWorkbenchMessages },
  documentTypes: [adQuoteDocumentType],
  section: 'ad-quotes',
  workbench: adQuotesWorkbench,
};
