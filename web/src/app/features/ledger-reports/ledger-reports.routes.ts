import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

/** 财务报表: one lazy feature, a tab per report; chart.js loads with the income tab only. */
export const LEDGER_REPORTS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('ledger-reports')],
    loadComponent: () => import('./ledger-reports-page').then((m) => m.LedgerReportsPage),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'trial-balance' },
      { path: 'trial-balance', loadComponent: () => import('./trial-balance-page').then((m) => m.TrialBalancePage) },
      { path: 'general-ledger', loadComponent: () => import('./general-ledger-page').then((m) => m.GeneralLedgerPage) },
      { path: 'receivables', loadComponent: () => import('./receivables-page').then((m) => m.ReceivablesPage) },
      { path: 'agreements', loadComponent: () => import('./agreements-page').then((m) => m.AgreementsPage) },
      { path: 'income', loadComponent: () => import('./income/income-page').then((m) => m.IncomePage) },
    ],
  },
];
