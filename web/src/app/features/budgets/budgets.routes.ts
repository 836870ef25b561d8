import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

export const BUDGETS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('budgets')],
    loadComponent: () => import('./budgets-page').then((m) => m.BudgetsPage),
  },
];
