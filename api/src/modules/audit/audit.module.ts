import type { ModuleManifest } from '../../module';
import { auditRoutes } from './audit.routes';

export const auditModule: ModuleManifest = {
  name: 'audit',
  routes: auditRoutes,
  section: 'audit',
};
