import type { ModuleManifest } from '../../module';
import { supplierContactsMessages } from './supplier-contacts.messages';
import { supplierContactsRoutes } from './supplier-contacts.routes';

/** Issue 15: a supplier's external users, invited from its page (screens in the prices feature). */
export const supplierContactsModule: ModuleManifest = {
  name: 'supplier-contacts',
  routes: supplierContactsRoutes,
  messages: supplierContactsMessages,
  section: 'prices',
};
