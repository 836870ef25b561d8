import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

export const AD_QUOTES_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('ad-quotes')],
    children: [
      { path: '', loadComponent: () => import('./ad-quotes-page').then((m) => m.AdQuotesPage) },
      { path: 'new', loadComponent: () => import('./quote-editor').then((m) => m.QuoteEditor) },
      { path: ':id', loadComponent: () => import('./quote-detail').then((m) => m.QuoteDetail) },
      { path: ':id/edit', loadComponent: () => import('./quote-editor').then((m) => m.QuoteEditor) },
    ],
  },
];
