import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

export const AD_RATE_CARDS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('ad-rate-cards')],
    loadComponent: () => import('./ad-rate-cards-page').then((m) => m.AdRateCardsPage),
  },
];
