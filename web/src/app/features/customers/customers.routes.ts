import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

export const CUSTOMERS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('customers')],
    loadComponent: () => import('./customers-page').then((m) => m.CustomersPage),
  },
];
