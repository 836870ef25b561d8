import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';
import { PriceScope } from './price-scope';

/** 网络电商数据库: one lazy feature, a tab per child route; chart.js loads with the history tab only. */
export const PRICES_ROUTES: Routes = [
  {
    path: '',
    canActivate: [sectionGuard('prices')],
    providers: [PriceScope],
    loadComponent: () => import('./prices-page').then((m) => m.PricesPage),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'matrix' },
      { path: 'matrix', loadComponent: () => import('./matrix/matrix-page').then((m) => m.MatrixPage) },
      { path: 'items', loadComponent: () => import('./items/items-page').then((m) => m.ItemsPage) },
      { path: 'suppliers', loadComponent: () => import('./suppliers/suppliers-page').then((m) => m.SuppliersPage) },
      // A supplier's page: company details and contacts (issue 15).
      { path: 'suppliers/:id', loadComponent: () => import('./suppliers/supplier-contacts-page').then((m) => m.SupplierContactsPage) },
      { path: 'collection', loadComponent: () => import('./collection/collection-page').then((m) => m.CollectionPage) },
      { path: 'import', loadComponent: () => import('./import/import-page').then((m) => m.ImportPage) },
      { path: 'history', loadComponent: () => import('./history/history-page').then((m) => m.HistoryPage) },
      { path: 'history/:itemId', loadComponent: () => import('./history/history-page').then((m) => m.HistoryPage) },
    ],
  },
];
