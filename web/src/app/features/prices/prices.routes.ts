import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

export const PRICES_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('prices')],
    loadComponent: () => import('./prices-page').then((m) => m.PricesPage),
  },
];
