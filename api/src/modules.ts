import type { ModuleManifest } from './module';
import type { RouteDef } from './http/route';
import { adDiscountAuthorityModule } from './modules/ad-discount-authority/ad-discount-authority.module';
import { adQuotesModule } from './modules/ad-quotes/ad-quotes.module';
import { adRateCardsModule } from './modules/ad-rate-cards/ad-rate-cards.module';
import { adSlotsModule } from './modules/ad-slots/ad-slots.module';
import { approvalsModule } from './modules/approvals/approvals.module';
import { attachmentsModule } from './modules/attachments/attachments.module';
import { auditModule } from './modules/audit/audit.module';
import { authModule } from './modules/auth/auth.module';
import { budgetsModule } from './modules/budgets/budgets.module';
import { customersModule } from './modules/customers/customers.module';
import { healthModule } from './modules/health/health.module';
import { itemsModule } from './modules/items/items.module';
import { planningCalendarModule } from './modules/planning-calendar/planning-calendar.module';
import { notificationsModule } from './modules/notifications/notifications.module';
import { purchaseRequestsModule } from './modules/purchase-requests/purchase-requests.module';
import { pricesModule } from './modules/prices/prices.module';
import { purchasePlansModule } from './modules/purchase-plans/purchase-plans.module';
import { stockModule } from './modules/stock/stock.module';
import { suppliersModule } from './modules/suppliers/suppliers.module';
import { supplierContactsModule } from './modules/supplier-contacts/supplier-contacts.module';
import { inquiriesModule } from './modules/inquiries/inquiries.module';
import { unitsModule } from './modules/units/units.module';
import { usersModule } from './modules/users/users.module';
import { workbenchModule } from './modules/workbench/workbench.module';
import { journalModule } from './modules/journal/journal.module';
import { accountsModule } from './modules/accounts/accounts.module';
import { periodsModule } from './modules/periods/periods.module';
import { adAgreementsModule } from './modules/ad-agreements/ad-agreements.module';
import { collectionsModule } from './modules/collections/collections.module';
import { incomeRecognitionModule } from './modules/income-recognition/income-recognition.module';
import { ledgerReportsModule } from './modules/ledger-reports/ledger-reports.module';
import { purchaseOrdersModule } from './modules/purchase-orders/purchase-orders.module';
import { paymentRequestsModule } from './modules/payment-requests/payment-requests.module';
import { purchaseInvoicesModule } from './modules/purchase-invoices/purchase-invoices.module';
import { purchaseLedgersModule } from './modules/purchase-ledgers/purchase-ledgers.module';
import { negotiationsModule } from './modules/negotiations/negotiations.module';
import { eContractsModule } from './modules/e-contracts/e-contracts.module';

/**
 * Every API module, in the order its routes are mounted under /api. A new module
 * is one manifest (modules/<name>/<name>.module.ts) added here.
 */
export const MODULES: readonly ModuleManifest[] = [
  healthModule,
  authModule,
  unitsModule,
  usersModule,
  auditModule,
  approvalsModule,
  notificationsModule,
  itemsModule,
  suppliersModule,
  supplierContactsModule,
  inquiriesModule,
  pricesModule,
  budgetsModule,
  stockModule,
  adSlotsModule,
  adRateCardsModule,
  customersModule,
  adDiscountAuthorityModule,
  adQuotesModule,
  attachmentsModule,
  purchasePlansModule,
  planningCalendarModule,
  purchaseRequestsModule,
  workbenchModule,
  journalModule,
  accountsModule,
  periodsModule,
  adAgreementsModule,
  collectionsModule,
  incomeRecognitionModule,
  ledgerReportsModule,
  purchaseOrdersModule,
  paymentRequestsModule,
  purchaseInvoicesModule,
  purchaseLedgersModule,
  negotiationsModule,
  eContractsModule,
];

/** Every API route. The authorization test walks exactly this list. */
export const allRoutes: readonly RouteDef[] = MODULES.flatMap((m) => m.routes);
