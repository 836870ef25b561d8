import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

export const AD_SLOTS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('ad-slots')],
    loadComponent: () => import('./ad-slots-page').then((m) => m.AdSlotsPage),
  },
];
