import type { Routes } from '@angular/router';
import { sectionGuard } from '../../core/session/session.guards';

/** 申请汇款: the list, a new request, one request. */
export const PAYMENT_REQUESTS_ROUTES: Routes = [
  { path: '', canActivate: [sectionGuard('payment-requests')], loadComponent: () => import('./payment-requests-page').then((m) => m.PaymentRequestsPage) },
  { path: 'new', canActivate: [sectionGuard('payment-requests')], loadComponent: () => import('./payment-request-new').then((m) => m.PaymentRequestNew) },
  { path: ':id', canActivate: [sectionGuard('payment-requests')], loadComponent: () => import('./payment-request-detail').then((m) => m.PaymentRequestDetailPage) },
];

/** 付款登记台账. */
export const PAYMENT_REGISTER_ROUTES: Routes = [
  { path: '', canActivate: [sectionGuard('payment-register')], loadComponent: () => import('./payment-register-page').then((m) => m.PaymentRegisterPage) },
];

/** 发票签收及交接: invoices, a new one, the handover batches, one batch, one invoice. */
export const PURCHASE_INVOICES_ROUTES: Routes = [
  { path: '', canActivate: [sectionGuard('purchase-invoices')], loadComponent: () => import('./invoices-page').then((m) => m.InvoicesPage) },
  { path: 'new', canActivate: [sectionGuard('purchase-invoices')], loadComponent: () => import('./invoice-new').then((m) => m.InvoiceNew) },
  { path: 'handovers', canActivate: [sectionGuard('purchase-invoices')], loadComponent: () => import('./handovers-page').then((m) => m.HandoversPage) },
  { path: 'handovers/:id', canActivate: [sectionGuard('purchase-invoices')], loadComponent: () => import('./handover-detail').then((m) => m.HandoverDetailPage) },
  { path: ':id', canActivate: [sectionGuard('purchase-invoices')], loadComponent: () => import('./invoice-detail').then((m) => m.InvoiceDetailPage) },
];
