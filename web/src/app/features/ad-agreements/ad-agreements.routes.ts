import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

/** 广告协议: the list, a new agreement from an accepted quote, one agreement, a draft's edit. */
export const AD_AGREEMENTS_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('ad-agreements')],
    children: [
      { path: '', loadComponent: () => import('./ad-agreements-page').then((m) => m.AdAgreementsPage) },
      { path: 'new', loadComponent: () => import('./agreement-editor').then((m) => m.AgreementEditor) },
      { path: ':id', loadComponent: () => import('./agreement-detail').then((m) => m.AgreementDetail) },
      { path: ':id/edit', loadComponent: () => import('./agreement-editor').then((m) => m.AgreementEditor) },
    ],
  },
];
