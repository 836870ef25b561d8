import type { ModuleManifest } from '../../module';
import { workbenchRoutes } from './workbench.routes';

/** The home page (工作台): the cards come from the other modules' manifests. */
export const workbenchModule: ModuleManifest = {
  name: 'workbench',
  routes: workbenchRoutes,
};
