import { inject } from '@angular/core';
import { Router, type Routes } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import { sectionGuard } from '../../core/session/session.guards';
import { PurchaseOrdersApi } from './purchase-orders.api';

/** 网购订单: the list, a new order from an approved plan, one order; the approvals inbox links to a contract. */
export const PURCHASE_ORDERS_ROUTES: Routes = [
  { path: '', canActivate: [sectionGuard('purchase-orders')], loadComponent: () => import('./orders-page').then((m) => m.OrdersPage) },
  { path: 'new', canActivate: [sectionGuard('purchase-orders')], loadComponent: () => import('./new-order-page').then((m) => m.NewOrderPage) },
  {
    // A virtual contract's approval request links here: on to its order.
    path: 'by-contract/:vcId',
    canActivate: [
      sectionGuard('purchase-orders'),
      (route: { paramMap: { get(k: string): string | null } }) => {
        const router = inject(Router);
        return inject(PurchaseOrdersApi)
          .orderOfContract(Number(route.paramMap.get('vcId')))
          .pipe(
            map((r) => router.createUrlTree(['/purchase-orders', r.orderId])),
            // A contract the reader may not see: the list, as for any order not theirs.
            catchError(() => of(router.createUrlTree(['/purchase-orders']))),
          );
      },
    ],
    children: [],
  },
  { path: ':id', canActivate: [sectionGuard('purchase-orders')], loadComponent: () => import('./order-page').then((m) => m.OrderPage) },
];
