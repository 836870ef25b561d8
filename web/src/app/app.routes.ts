import type { Routes } from '@angular/router';
import { internalGuard, sectionGuard, signedInGuard, signedOutGuard } from './core/session/session.guards';
import { Shell } from './core/shell/shell';

export const routes: Routes = [
  {
    path: 'login',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./features/login/login-page').then((m) => m.LoginPage),
  },
  {
    // A supplier contact's one-time link (issue 15): it sets its password here before it can sign in.
    path: 'set-password',
    loadComponent: () => import('./features/login/set-password-page').then((m) => m.SetPasswordPage),
  },
  {
    path: '',
    component: Shell,
    canActivate: [signedInGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'home' },
      // A supplier contact (issue 15) lands here too: the API gives it only the cards made for it.
      { path: 'home', loadComponent: () => import('./features/home/home-page').then((m) => m.HomePage) },
      {
        path: 'inquiries',
        loadChildren: () => import('./features/inquiries/inquiries.routes').then((m) => m.INQUIRIES_ROUTES),
      },
      {
        path: 'approvals',
        canActivate: [internalGuard],
        loadChildren: () => import('./features/approvals/approvals.routes').then((m) => m.APPROVALS_ROUTES),
      },
      {
        path: 'prices',
        loadChildren: () => import('./features/prices/prices.routes').then((m) => m.PRICES_ROUTES),
      },
      {
        path: 'purchase-requests',
        loadChildren: () => import('./features/purchase-requests/purchase-requests.routes').then((m) => m.PURCHASE_REQUESTS_ROUTES),
      },
      {
        path: 'planning-calendar',
        loadChildren: () => import('./features/planning-calendar/planning-calendar.routes').then((m) => m.PLANNING_CALENDAR_ROUTES),
      },
      {
        path: 'purchase-plans',
        loadChildren: () => import('./features/purchase-plans/purchase-plans.routes').then((m) => m.PURCHASE_PLANS_ROUTES),
      },
      {
        path: 'stock',
        loadChildren: () => import('./features/stock/stock.routes').then((m) => m.STOCK_ROUTES),
      },
      {
        path: 'collections',
        loadChildren: () => import('./features/collections/collections.routes').then((m) => m.COLLECTIONS_ROUTES),
      },
      {
        path: 'income-recognition',
        loadChildren: () => import('./features/income-recognition/income-recognition.routes').then((m) => m.INCOME_RECOGNITION_ROUTES),
      },
      {
        path: 'purchase-orders',
        loadChildren: () => import('./features/purchase-orders/purchase-orders.routes').then((m) => m.PURCHASE_ORDERS_ROUTES),
      },
      {
        path: 'payment-requests',
        loadChildren: () => import('./features/settlement/settlement.routes').then((m) => m.PAYMENT_REQUESTS_ROUTES),
      },
      {
        path: 'payment-register',
        loadChildren: () => import('./features/settlement/settlement.routes').then((m) => m.PAYMENT_REGISTER_ROUTES),
      },
      {
        path: 'purchase-invoices',
        loadChildren: () => import('./features/settlement/settlement.routes').then((m) => m.PURCHASE_INVOICES_ROUTES),
      },
      {
        path: 'purchase-ledgers',
        loadChildren: () => import('./features/purchase-ledgers/purchase-ledgers.routes').then((m) => m.PURCHASE_LEDGERS_ROUTES),
      },
      {
        path: 'negotiations',
        loadChildren: () => import('./features/negotiations/negotiations.routes').then((m) => m.NEGOTIATIONS_ROUTES),
      },
      {
        path: 'e-contracts',
        loadChildren: () => import('./features/e-contracts/e-contracts.routes').then((m) => m.E_CONTRACTS_ROUTES),
      },
      {
        path: 'budgets',
        loadChildren: () => import('./features/budgets/budgets.routes').then((m) => m.BUDGETS_ROUTES),
      },
      {
        path: 'ad-quotes',
        loadChildren: () => import('./features/ad-quotes/ad-quotes.routes').then((m) => m.AD_QUOTES_ROUTES),
      },
      {
        path: 'ad-rate-cards',
        loadChildren: () => import('./features/ad-rate-cards/ad-rate-cards.routes').then((m) => m.AD_RATE_CARDS_ROUTES),
      },
      {
        path: 'ad-slots',
        loadChildren: () => import('./features/ad-slots/ad-slots.routes').then((m) => m.AD_SLOTS_ROUTES),
      },
      {
        path: 'customers',
        loadChildren: () => import('./features/customers/customers.routes').then((m) => m.CUSTOMERS_ROUTES),
      },
      {
        path: 'journal',
        loadChildren: () => import('./features/journal/journal.routes').then((m) => m.JOURNAL_ROUTES),
      },
      {
        path: 'accounts',
        loadChildren: () => import('./features/journal/journal.routes').then((m) => m.ACCOUNTS_ROUTES),
      },
      {
        path: 'periods',
        loadChildren: () => import('./features/journal/journal.routes').then((m) => m.PERIODS_ROUTES),
      },
      {
        path: 'ad-agreements',
        loadChildren: () => import('./features/ad-agreements/ad-agreements.routes').then((m) => m.AD_AGREEMENTS_ROUTES),
      },
      {
        path: 'ledger-reports',
        loadChildren: () => import('./features/ledger-reports/ledger-reports.routes').then((m) => m.LEDGER_REPORTS_ROUTES),
      },
      {
        path: 'admin',
        loadChildren: () => import('./features/admin/admin.routes').then((m) => m.ADMIN_ROUTES),
      },
      {
        path: 'audit',
        canActivate: [sectionGuard('audit')],
        loadComponent: () => import('./features/audit/audit-page').then((m) => m.AuditPage),
      },
    ],
  },
  { path: '**', redirectTo: 'home' },
];
