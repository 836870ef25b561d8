import type { ModuleManifest } from '../../module';
import { usersMessages } from './users.messages';
import { usersRoutes } from './users.routes';

export const usersModule: ModuleManifest = {
  name: 'users',
  routes: usersRoutes,
  messages: usersMessages,
  section: 'users',
};
