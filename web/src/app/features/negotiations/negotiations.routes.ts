import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

/** 洽谈单: the list, a new sheet (from an inquiry's comparison), one sheet. */
export const NEGOTIATIONS_ROUTES: Routes = [
  { path: '', canActivate: [sectionGuard('negotiations')], loadComponent: () => import('./negotiations-page').then((m) => m.NegotiationsPage) },
  { path: 'new', canActivate: [sectionGuard('negotiations')], loadComponent: () => import('./negotiation-new').then((m) => m.NegotiationNew) },
  { path: ':id', canActivate: [sectionGuard('negotiations')], loadComponent: () => import('./negotiation-detail').then((m) => m.NegotiationDetailPage) },
];
