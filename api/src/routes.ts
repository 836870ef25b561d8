import type { RouteDef } from './http/route';
import { adDiscountAuthorityRoutes } from './modules/ad-discount-authority/ad-discount-authority.routes';
import { adQuotesRoutes } from './modules/ad-quotes/ad-quotes.routes';
import { adRateCardsRoutes } from './modules/ad-rate-cards/ad-rate-cards.routes';
import { adSlotsRoutes } from './modules/ad-slots/ad-slots.routes';
import { approvalsRoutes } from './modules/approvals/approvals.routes';
import { attachmentsRoutes } from './modules/attachments/attachments.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { customersRoutes } from './modules/customers/customers.routes';
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
  ...adSlotsRoutes,
  ...adRateCardsRoutes,
  ...customersRoutes,
  ...adDiscountAuthorityRoutes,
  ...adQuotesRoutes,
  ...attachmentsRoutes,
];
