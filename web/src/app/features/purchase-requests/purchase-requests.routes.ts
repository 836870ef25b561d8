import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

export const PURCHASE_REQUESTS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('purchase-requests')],
    children: [
      { path: '', loadComponent: () => import('./requests-page').then((m) => m.RequestsPage) },
      { path: ':id', loadComponent: () => import('./request-detail').then((m) => m.RequestDetail) },
      { path: ':id/edit', loadComponent: () => import('./request-editor').then((m) => m.RequestEditor) },
    ],
  },
];
