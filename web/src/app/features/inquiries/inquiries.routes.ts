import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

/** 询价单: the list, a new inquiry, one inquiry (a supplier contact quotes there), the comparison. */
export const INQUIRIES_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('inquiries')],
    children: [
      { path: '', loadComponent: () => import('./inquiries-page').then((m) => m.InquiriesPage) },
      { path: 'new', loadComponent: () => import('./new-inquiry-page').then((m) => m.NewInquiryPage) },
      { path: ':id', loadComponent: () => import('./inquiry-page').then((m) => m.InquiryPage) },
      { path: ':id/comparison', loadComponent: () => import('./comparison-page').then((m) => m.ComparisonPage) },
    ],
  },
];
