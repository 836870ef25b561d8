import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

export const ADMIN_ROUTES: Routes = [
  {
    path: 'users',
    canActivate: [sectionGuard('users')],
    loadComponent: () => import('./users/users-page').then((m) => m.UsersPage),
  },
  {
    path: 'units',
    canActivate: [sectionGuard('units')],
    loadComponent: () => import('./units/units-page').then((m) => m.UnitsPage),
  },
];
