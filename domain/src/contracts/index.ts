/**
 * The API's response contracts, one file per module. The API's route table names
 * each route's contract and its tests check every response against it; the web
 * imports the types only (`import type … from '@portal/domain/contracts'`).
 */
export * from './common';
export * from './health';
export * from './auth';
export * from './units';
export * from './users';
export * from './audit';
export * from './notifications';
export * from './approvals';
export * from './items';
export * from './suppliers';
export * from './prices';
export * from './ad-slots';
export * from './ad-rate-cards';
export * from './customers';
export * from './ad-discount-authority';
export * from './ad-quotes';
export * from './workbench';
export * from './purchase-plans';
export * from './planning-calendar';
export * from './purchase-requests';
export * from './budgets';
export * from './stock';
export * from './journal';
export * from './ad-agreements';
export * from './collections';
export * from './income-recognition';
export * from './ledger-reports';
export * from './purchase-orders';
export * from './payment-requests';
export * from './purchase-invoices';
export * from './purchase-ledgers';
export * from './negotiations';
export * from './e-contracts';
export * from './supplier-contacts';
export * from './inquiries';
