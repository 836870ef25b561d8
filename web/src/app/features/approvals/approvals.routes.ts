import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

export const APPROVALS_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [sectionGuard('approvals')],
    loadComponent: () => import('./inbox-page').then((m) => m.InboxPage),
  },
  {
    path: 'requests/:id',
    canActivate: [sectionGuard('approvals')],
    loadComponent: () => import('./request-page').then((m) => m.RequestPage),
  },
  {
    path: 'delegations',
    canActivate: [sectionGuard('approvals')],
    loadComponent: () => import('./delegations-page').then((m) => m.DelegationsPage),
  },
  {
    path: 'policies',
    canActivate: [sectionGuard('approval-policies')],
    loadComponent: () => import('./policies-page').then((m) => m.PoliciesPage),
  },
];
