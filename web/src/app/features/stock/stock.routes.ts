import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

/** 库存: the on-hand list and, under it, one item's move history. */
export const STOCK_ROUTES: Routes = [
  { path: '', canActivate: [sectionGuard('stock')], loadComponent: () => import('./stock-page').then((m) => m.StockPage) },
  { path: ':itemId', canActivate: [sectionGuard('stock')], loadComponent: () => import('./moves-page').then((m) => m.MovesPage) },
];
