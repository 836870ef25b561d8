import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

/** 记账凭证: the list, a new manual entry, one voucher. */
export const JOURNAL_ROUTES: Routes = [
  { path: '', canActivate: [sectionGuard('journal')], loadComponent: () => import('./journal-page').then((m) => m.JournalPage) },
  { path: 'new', canActivate: [sectionGuard('journal')], loadComponent: () => import('./new-entry-page').then((m) => m.NewEntryPage) },
  { path: ':id', canActivate: [sectionGuard('journal')], loadComponent: () => import('./entry-page').then((m) => m.EntryPage) },
];

/** 会计科目 */
export const ACCOUNTS_ROUTES: Routes = [
  { path: '', canActivate: [sectionGuard('accounts')], loadComponent: () => import('./accounts-page').then((m) => m.AccountsPage) },
];

/** 会计期间 */
export const PERIODS_ROUTES: Routes = [
  { path: '', canActivate: [sectionGuard('periods')], loadComponent: () => import('./periods-page').then((m) => m.PeriodsPage) },
];
