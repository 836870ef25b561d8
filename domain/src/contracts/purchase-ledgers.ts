import { z } from 'zod';
import { MATCH_MISMATCHES, MATCH_STATUSES } from '../purchasing-match';
import { VC_STATUSES } from '../purchasing-orders';
import { ITEM_CATEGORIES, PLATFORMS } from '../supplier-prices';
import { day, fen, id, month, PersonRef, timestamp } from './common';

/** The purchasing ledgers' rows (issue 13 §7): read-only, each row one record of another module. */

const Named = z.object({ id, name: z.string() });

/** One ledger month's count and money; the orders ledger adds what was accepted, invoiced and paid. */
export const LedgerMonthTotal = z.object({
  month,
  count: z.number().int(),
  amountFen: fen,
  acceptedFen: fen.optional(),
  invoicedFen: fen.optional(),
  paidFen: fen.optional(),
});
export type LedgerMonthTotal = z.infer<typeof LedgerMonthTotal>;

const ledgerPage = <L extends string, T extends z.ZodType>(ledger: L, row: T) => z.object({ ledger: z.literal(ledger), items: z.array(row), total: z.number().int() });

/**
 * A ledger's month totals over every row its filters keep (a separate call from the page: a month
 * of a unit is thousands of orders, and adding up what was accepted, invoiced and paid of them all
 * takes longer than showing twenty).
 */
export const LedgerTotals = z.object({ months: z.array(LedgerMonthTotal), totals: LedgerMonthTotal.omit({ month: true }) });
export type LedgerTotals = z.infer<typeof LedgerTotals>;

/** 网络采购电子台帐: an order and its lifecycle, with its three-way match. */
export const OrderLedgerRow = z.object({
  id,
  number: z.string(),
  unit: Named,
  /** null on a contract order (合同采购), which names its signed e-contract in `contract` instead of a virtual contract. */
  platform: z.enum(PLATFORMS).nullable(),
  platformName: z.string().nullable(),
  shop: z.string(),
  supplier: Named,
  platformOrderNo: z.string(),
  contract: z.object({ id, number: z.string() }).nullable(),
  orderedOn: day,
  orderStatus: z.enum(['open', 'cancelled']),
  totalFen: fen,
  refundFen: fen,
  acceptedFen: fen,
  invoicedFen: fen,
  paidFen: fen,
  requestedFen: fen,
  delivery: z.enum(['none', 'partial', 'full']),
  vcNumber: z.string().nullable(),
  vcStatus: z.enum(VC_STATUSES).nullable(),
  match: z.enum(MATCH_STATUSES),
  mismatch: z.enum(MATCH_MISMATCHES).nullable(),
  aboveLowestLines: z.number().int(),
  priceReasons: z.string().nullable(),
});
export type OrderLedgerRow = z.infer<typeof OrderLedgerRow>;

/** 采购虚拟合同台账. */
export const VirtualContractLedgerRow = z.object({
  id,
  number: z.string(),
  status: z.enum(VC_STATUSES),
  order: z.object({ id, number: z.string(), platformOrderNo: z.string() }),
  unit: Named,
  platform: z.enum(PLATFORMS),
  platformName: z.string().nullable(),
  supplier: Named,
  orderedOn: day,
  amountFen: fen,
  attachment: z.object({ id, filename: z.string(), sha256: z.string() }).nullable(),
  confirmedBy: PersonRef.nullable(),
  confirmedAt: timestamp.nullable(),
});
export type VirtualContractLedgerRow = z.infer<typeof VirtualContractLedgerRow>;

/** 付款登记台账: a payment, or the reversal of one (negative). */
export const PaymentLedgerRow = z.object({
  id,
  number: z.string(),
  kind: z.enum(['payment', 'reversal']),
  amountFen: fen,
  paidOn: day,
  payingAccount: z.string(),
  bankRef: z.string(),
  reason: z.string().nullable(),
  reversesId: id.nullable(),
  request: z.object({ id, number: z.string() }),
  unit: Named,
  supplier: Named,
  payee: z.string(),
  method: z.enum(['bank', 'platform']),
  prepayment: z.boolean(),
  orders: z.string(),
  recordedBy: PersonRef.nullable(),
  recordedAt: timestamp,
});
export type PaymentLedgerRow = z.infer<typeof PaymentLedgerRow>;

/** 发票交接登记: an invoice with its sign-off and the handover batch that took it to finance. */
export const INVOICE_LEDGER_STATUSES = ['unsigned', 'signed', 'sent', 'confirmed'] as const;
export const InvoiceLedgerRow = z.object({
  id,
  kind: z.enum(['ordinary', 'vat_special']),
  code: z.string(),
  invoiceNo: z.string(),
  issuedOn: day,
  unit: Named,
  sellerName: z.string(),
  sellerTaxId: z.string(),
  amountFen: fen,
  taxFen: fen,
  totalFen: fen,
  orders: z.string(),
  status: z.enum(INVOICE_LEDGER_STATUSES),
  signedBy: PersonRef.nullable(),
  signedAt: timestamp.nullable(),
  handover: z
    .object({ id, number: z.string(), handedOverBy: PersonRef.nullable(), handedOverAt: timestamp, confirmedBy: PersonRef.nullable(), confirmedAt: timestamp.nullable() })
    .nullable(),
});
export type InvoiceLedgerRow = z.infer<typeof InvoiceLedgerRow>;

export const OrderLedgerPage = ledgerPage('orders', OrderLedgerRow);
export const VirtualContractLedgerPage = ledgerPage('virtual-contracts', VirtualContractLedgerRow);
export const PaymentLedgerPage = ledgerPage('payments', PaymentLedgerRow);
export const InvoiceLedgerPage = ledgerPage('invoice-handovers', InvoiceLedgerRow);
export const PurchaseLedgerPage = z.discriminatedUnion('ledger', [OrderLedgerPage, VirtualContractLedgerPage, PaymentLedgerPage, InvoiceLedgerPage]);
export type OrderLedgerPage = z.infer<typeof OrderLedgerPage>;
export type VirtualContractLedgerPage = z.infer<typeof VirtualContractLedgerPage>;
export type PaymentLedgerPage = z.infer<typeof PaymentLedgerPage>;
export type InvoiceLedgerPage = z.infer<typeof InvoiceLedgerPage>;
export type PurchaseLedgerPage = z.infer<typeof PurchaseLedgerPage>;

/** Orders whose three-way match is a mismatch, with the reason, for a clerk or auditor to work through. */
export const MismatchList = z.object({ items: z.array(OrderLedgerRow), total: z.number().int() });
export type MismatchList = z.infer<typeof MismatchList>;

/** A month's spend (orders not cancelled): by platform (what was paid on it), by requesting department and by item category (goods). */
export const PurchaseSpend = z.object({
  month,
  totalFen: fen,
  byPlatform: z.array(z.object({ platform: z.enum(PLATFORMS).nullable(), platformName: z.string().nullable(), orders: z.number().int(), amountFen: fen })),
  byDepartment: z.array(z.object({ department: Named.nullable(), amountFen: fen })),
  byCategory: z.array(z.object({ category: z.enum(ITEM_CATEGORIES), amountFen: fen })),
});
export type PurchaseSpend = z.infer<typeof PurchaseSpend>;
