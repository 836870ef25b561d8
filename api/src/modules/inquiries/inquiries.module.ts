import type { ModuleManifest } from '../../module';
import { inquiriesWorkbench, inquiriesWorkbenchMessages } from './inquiries.workbench';
import { registerDatabaseProblems } from '../../http/db-problems';
import { inquiriesDatabaseProblems, inquiriesMessages } from './inquiries.messages';
import { inquiriesRoutes } from './inquiries.routes';

// The sealed-bid triggers' refusals (a quote after the deadline, a changed quote) become 409s.
registerDatabaseProblems(inquiriesDatabaseProblems);

/** Issue 15: inquiries (询价单) and the suppliers' sealed quotes (报价). */
export const inquiriesModule: ModuleManifest = {
  name: 'inquiries',
  routes: inquiriesRoutes,
  messages: { ...inquiriesMessages, ...inquiriesWorkbenchMessages },
  section: 'inquiries',
  workbench: inquiriesWorkbench,
};
