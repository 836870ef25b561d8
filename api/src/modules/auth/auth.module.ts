import type { ModuleManifest } from '../../module';
import { authMessages } from './auth.messages';
import { authRoutes } from './auth.routes';

export const authModule: ModuleManifest = {
  name: 'auth',
  routes: authRoutes,
  messages: authMessages,
};
