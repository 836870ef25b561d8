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

// The orders ledger's status is the three-way match of purchasing-match.ts, the one rule.
