import type { ModuleManifest } from '../../module';
import { adQuoteDocumentType } from './ad-quotes.approvals';
import { adQuotesMessages } from './ad-quotes.messages';
import { adQuotesRoutes } from './ad-quotes.routes';

export const adQuotesModule: ModuleManifest = {
  name: 'ad-quotes',
  routes: adQuotesRoutes,
  messages: adQuotesMessages,
  documentTypes: [adQuoteDocumentType],
  section: 'ad-quotes',
};
