import type { ModuleManifest } from '../../module';
import { unitsMessages } from './units.messages';
import { unitsRoutes } from './units.routes';

export const unitsModule: ModuleManifest = {
  name: 'units',
  routes: unitsRoutes,
  messages: unitsMessages,
  section: 'units',
};
