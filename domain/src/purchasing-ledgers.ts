import type { Role } from './roles';

/**
 * The purchasing ledgers (台账, DOMAIN.md §2 step 4–7; issue 13 §6–7): read-only views over the
 * orders, virtual contracts, payment register and invoice handovers, each filterable by unit,
 * month, platform, supplier and status, with month totals and an XLSX export; plus the month's
 * spend by platform, department and category. The ledgers keep no records of their own.
 */

/** The four ledgers, in the order the screen shows them. */
export const PURCHASE_LEDGERS = ['orders', 'virtual-contracts', 'payments', 'invoice-handovers'] as const;
export type PurchaseLedger = (typeof PURCHASE_LEDGERS)[number];

export const PURCHASE_LEDGER_LABELS: Record<PurchaseLedger, { zh: string; en: string }> = {
  orders: { zh: '网络采购电子台帐', en: 'Online purchasing ledger' },
  'virtual-contracts': { zh: '采购虚拟合同台账', en: 'Virtual contract ledger' },
  payments: { zh: '付款登记台账', en: 'Payment register' },
  'invoice-handovers': { zh: '发票交接登记', en: 'Invoice handover register' },
};

/** The buying unit's clerk and head read their unit's ledgers; leaders, finance and audit read every unit's. */
export const LEDGER_UNIT_ROLES: readonly Role[] = ['purchasing_clerk', 'dept_head'];
export const PURCHASE_LEDGER_READ_ALL_ROLES: readonly Role[] = ['company_leader', 'finance', 'auditor'];
export const LEDGER_READER_ROLES: readonly Role[] = [...LEDGER_UNIT_ROLES, ...PURCHASE_LEDGER_READ_ALL_ROLES];

/**
 * Three-way match of one order (named for the ledgers, so the orders module's own rule can sit beside it): what was ordered, accepted, invoiced and paid side by side.
 * Mismatch wins over everything (invoiced or paid beyond what the order is worth after
 * refunds, or paid while every delivered unit was rejected); then the first thing still missing.
 */
export const LEDGER_MATCH_STATUSES = ['awaiting_goods', 'awaiting_invoice', 'awaiting_payment', 'complete', 'mismatch'] as const;
export type LedgerMatchStatus = (typeof LEDGER_MATCH_STATUSES)[number];

export const LEDGER_MATCH_LABELS: Record<LedgerMatchStatus, { zh: string; en: string }> = {
  awaiting_goods: { zh: '待到货', en: 'Awaiting goods' },
  awaiting_invoice: { zh: '待开票', en: 'Awaiting invoice' },
  awaiting_payment: { zh: '待付款', en: 'Awaiting payment' },
  complete: { zh: '已完成', en: 'Complete' },
  mismatch: { zh: '不符', en: 'Mismatch' },
};

export const LEDGER_MISMATCH_REASONS = ['over_invoiced', 'over_paid', 'paid_nothing_accepted'] as const;
export type LedgerMismatchReason = (typeof LEDGER_MISMATCH_REASONS)[number];

export const LEDGER_MISMATCH_LABELS: Record<LedgerMismatchReason, { zh: string; en: string }> = {
  over_invoiced: { zh: '开票金额超过订单应付金额', en: 'Invoiced beyond what the order is worth' },
  over_paid: { zh: '付款金额超过订单应付金额', en: 'Paid beyond what the order is worth' },
  paid_nothing_accepted: { zh: '货物全部拒收却已付款', en: 'Paid although every delivered unit was rejected' },
};

export interface LedgerMatchFigures {
  totalFen: number;
  refundFen: number;
  acceptedFen: number;
  invoicedFen: number;
  paidFen: number;
  fullyDelivered: boolean;
  anyDelivered: boolean;
}

/** Why an order does not match, or null. What it is worth is its total less the refunds expected on returns. */
export function ledgerMismatch(f: LedgerMatchFigures): LedgerMismatchReason | null {
  const worth = f.totalFen - f.refundFen;
  if (f.invoicedFen > worth) return 'over_invoiced';
  if (f.paidFen > worth) return 'over_paid';
  if (f.fullyDelivered && f.acceptedFen === 0 && f.paidFen > 0) return 'paid_nothing_accepted';
  return null;
}

export function ledgerMatch(f: LedgerMatchFigures): LedgerMatchStatus {
  if (ledgerMismatch(f)) return 'mismatch';
  const worth = f.totalFen - f.refundFen;
  if (!f.fullyDelivered) return 'awaiting_goods';
  if (f.invoicedFen < worth) return 'awaiting_invoice';
  if (f.paidFen < worth) return 'awaiting_payment';
  return 'complete';
}
