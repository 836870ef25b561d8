import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

export const APPROVALS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('approvals')],
    loadComponent: () => import('./inbox-page').then((m) => m.InboxPage),
  },
];
