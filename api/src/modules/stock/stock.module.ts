import type { ModuleManifest } from '../../module';
import { stockMessages } from './stock.messages';
import { stockRoutes } from './stock.routes';
import { stockWorkbench } from './stock.workbench';

export const stockModule: ModuleManifest = {
  name: 'stock',
  routes: stockRoutes,
  messages: stockMessages,
  section: 'stock',
  workbench: stockWorkbench,
};
