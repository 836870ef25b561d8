import type { RouteDef } from './http/route';
import { approvalsRoutes } from './modules/approvals/approvals.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { healthRoutes } from './modules/health/health.routes';
import { itemsRoutes } from './modules/items/items.routes';
import { notificationsRoutes } from './modules/notifications/notifications.routes';
import { pricesRoutes } from './modules/prices/prices.routes';
import { suppliersRoutes } from './modules/suppliers/suppliers.routes';
import { unitsRoutes } from './modules/units/units.routes';
import { usersRoutes } from './modules/users/users.routes';

/** Every API route, under /api. The authorization test walks exactly this list. */
export const allRoutes: readonly RouteDef[] = [
  ...healthRoutes,
  ...authRoutes,
  ...unitsRoutes,
  ...usersRoutes,
  ...auditRoutes,
  ...approvalsRoutes,
  ...notificationsRoutes,
  ...itemsRoutes,
  ...suppliersRoutes,
  ...pricesRoutes,
];
