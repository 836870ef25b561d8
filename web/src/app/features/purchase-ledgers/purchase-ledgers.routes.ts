import type { Routes } from '@angular/router';
import { PURCHASE_LEDGERS } from '@portal/domain';
import { sectionGuard } from '../../core/session/session.guards';

/** 采购台账: one tab per ledger (the same component, told which by the route's data) and the spend charts. */
export const PURCHASE_LEDGERS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('purchase-ledgers')],
    loadComponent: () => import('./purchase-ledgers-page').then((m) => m.PurchaseLedgersPage),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'orders' },
      ...PURCHASE_LEDGERS.map((ledger) => ({ path: ledger, data: { ledger }, loadComponent: () => import('./ledger-tab').then((m) => m.LedgerTab) })),
      { path: 'spend', loadComponent: () => import('./spend-tab').then((m) => m.SpendTab) },
    ],
  },
];
