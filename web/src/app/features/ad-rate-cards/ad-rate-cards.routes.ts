import { inject } from '@angular/core';
import { Router, type CanActivateFn, type Routes } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import { sectionGuard } from '../../core/session/session.guards';
import { AdRateCardsApi } from './ad-rate-cards.api';
import type { AdRateCardsPage } from './ad-rate-cards-page';

/**
 * /ad-rate-cards/17 (the link in the "card published" notification) opens the month page on
 * that card: /ad-rate-cards?month=2026-12&card=17. A card the reader may not see opens the month list.
 */
const cardLink: CanActivateFn = (route) => {
  const router = inject(Router);
  const id = Number(route.paramMap.get('id'));
  if (!Number.isInteger(id) || id <= 0) return router.createUrlTree(['/ad-rate-cards']);
  return inject(AdRateCardsApi)
    .get(id)
    .pipe(
      map((card) => router.createUrlTree(['/ad-rate-cards'], { queryParams: { month: card.month, card: card.id } })),
      catchError(() => of(router.createUrlTree(['/ad-rate-cards']))),
    );
};

export const AD_RATE_CARDS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('ad-rate-cards')],
    // Leaving with typed, unsaved prices asks first.
    canDeactivate: [(page: AdRateCardsPage) => page.canLeave()],
    loadComponent: () => import('./ad-rate-cards-page').then((m) => m.AdRateCardsPage),
  },
  {
    path: ':id',
    canActivate: [sectionGuard('ad-rate-cards'), cardLink],
    children: [],
  },
];
