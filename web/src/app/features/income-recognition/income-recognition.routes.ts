import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

/** 月末结转: pick a month, preview its income, post it. */
export const INCOME_RECOGNITION_ROUTES: Routes = [
  { path: '', canActivate: [sectionGuard('income-recognition')], loadComponent: () => import('./month-end-page').then((m) => m.MonthEndPage) },
];
