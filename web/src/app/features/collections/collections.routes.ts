import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

/** 收款: the list, recording a collection (a dialog) and reversing one. */
export const COLLECTIONS_ROUTES: Routes = [
  { path: '', canActivate: [sectionGuard('collections')], loadComponent: () => import('./collections-page').then((m) => m.CollectionsPage) },
];
