import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

export const PLANNING_CALENDAR_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('planning-calendar')],
    loadComponent: () => import('./calendar-page').then((m) => m.CalendarPage),
  },
];
