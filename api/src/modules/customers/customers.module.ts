import type { ModuleManifest } from '../../module';
import { customersMessages } from './customers.messages';
import { customersRoutes } from './customers.routes';

export const customersModule: ModuleManifest = {
  name: 'customers',
  routes: customersRoutes,
  messages: customersMessages,
  section: 'customers',
};
