import type { ModuleManifest } from '../../module';
import { suppliersMessages } from './suppliers.messages';
import { suppliersRoutes } from './suppliers.routes';

export const suppliersModule: ModuleManifest = {
  name: 'suppliers',
  routes: suppliersRoutes,
  messages: suppliersMessages,
  section: 'prices',
};
