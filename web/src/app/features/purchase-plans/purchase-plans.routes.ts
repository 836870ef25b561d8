import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

export const PURCHASE_PLANS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('purchase-plans')],
    children: [
      { path: '', loadComponent: () => import('./purchase-plans-page').then((m) => m.PurchasePlansPage) },
      // A buying unit's month (OFFICE/2026-12): the live consolidation before the plan exists.
      { path: ':unit/:month', loadComponent: () => import('./month-page').then((m) => m.MonthPage) },
      { path: ':id', loadComponent: () => import('./plan-page').then((m) => m.PlanPage) },
    ],
  },
];
