import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

export const AD_QUOTES_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('ad-quotes')],
    loadComponent: () => import('./ad-quotes-page').then((m) => m.AdQuotesPage),
  },
];
