import type { ModuleManifest } from '../../module';
import { notificationsRoutes } from './notifications.routes';

export const notificationsModule: ModuleManifest = {
  name: 'notifications',
  routes: notificationsRoutes,
};
