import type { Role } from './roles';
import { isValidUscc, normalizeUscc } from './uscc';

/**
 * Settlement of online orders (DOMAIN.md §2 steps 6–7): payment (remittance) requests, the
 * payment register, and invoices signed for and handed over to finance. Pure rules; the API
 * enforces them and the database backs the ones a race could slip past.
 */

/** The buying unit's clerk writes requests and invoices; finance pays and confirms handovers. */
export const SETTLEMENT_KEEPER_ROLES: readonly Role[] = ['purchasing_clerk'];
export const SETTLEMENT_READ_ALL_ROLES: readonly Role[] = ['company_leader', 'finance', 'auditor'];
export const PAYMENT_PAYER_ROLES: readonly Role[] = ['finance'];
/** The buying unit's head approves its payment requests (through the inbox) and reads them. */
export const PAYMENT_REQUEST_READER_ROLES: readonly Role[] = ['purchasing_clerk', 'dept_head', ...SETTLEMENT_READ_ALL_ROLES];
export const PAYMENT_REGISTER_ROLES: readonly Role[] = ['purchasing_clerk', ...SETTLEMENT_READ_ALL_ROLES];
export const INVOICE_READER_ROLES: readonly Role[] = ['purchasing_clerk', ...SETTLEMENT_READ_ALL_ROLES];

/** From ¥20,000.00 a payment request also needs a company leader (seeded payment_request policy). */
export const PAYMENT_LEADER_FROM_FEN = 2_000_000;
/** The most one request or invoice may carry: ¥100,000,000.00, far beyond any monthly order. */
export const MAX_SETTLEMENT_FEN = 10_000_000_000;

export const PAYMENT_REQUEST_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'returned', 'paid', 'discarded'] as const;
export type PaymentRequestStatus = (typeof PAYMENT_REQUEST_STATUSES)[number];
export const PAYMENT_REQUEST_STATUS_LABELS: Record<PaymentRequestStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '审批中', en: 'Awaiting approval' },
  approved: { zh: '待付款', en: 'Approved, to pay' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  returned: { zh: '已退回', en: 'Returned' },
  paid: { zh: '已付款', en: 'Paid' },
  discarded: { zh: '已作废', en: 'Discarded' },
};

/**
 * A request in one of these states asks nothing more of its orders: what it asked is owed again
 * (so is a request whose payment was reversed: the money never left, and a request is paid once).
 */
export const PAYMENT_REQUEST_RELEASED_STATUSES: readonly PaymentRequestStatus[] = ['rejected', 'discarded'];

/** A draft or a returned request is still its maker's to submit, or to discard (作废). */
export const PAYMENT_REQUEST_OPEN_STATUSES: readonly PaymentRequestStatus[] = ['draft', 'returned'];

export const PAYMENT_METHODS = ['bank', 'platform'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, { zh: string; en: string }> = {
  bank: { zh: '银行汇款', en: 'Bank transfer' },
  platform: { zh: '平台支付', en: 'Paid on the platform' },
};

export const PAYMENT_KINDS = ['payment', 'reversal'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];
export const PAYMENT_KIND_LABELS: Record<PaymentKind, { zh: string; en: string }> = {
  payment: { zh: '付款', en: 'Payment' },
  reversal: { zh: '冲销', en: 'Reversal' },
};

export const INVOICE_KINDS = ['ordinary', 'vat_special'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];
export const INVOICE_KIND_LABELS: Record<InvoiceKind, { zh: string; en: string }> = {
  ordinary: { zh: '普通发票', en: 'Ordinary invoice' },
  vat_special: { zh: '增值税专用发票', en: 'VAT special invoice' },
};

/** Where an invoice is: recorded, signed for by the clerk, handed over, received by finance (locked). */
export const INVOICE_STATUSES = ['recorded', 'signed', 'handed_over', 'confirmed'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, { zh: string; en: string }> = {
  recorded: { zh: '已登记', en: 'Recorded' },
  signed: { zh: '已签收', en: 'Signed for' },
  handed_over: { zh: '已交接', en: 'Handed over' },
  confirmed: { zh: '财务已确认', en: 'Received by finance' },
};

export function invoiceStatus(i: { signedAt: unknown; handoverId: number | null; handoverConfirmed: boolean }): InvoiceStatus {
  if (i.handoverConfirmed) return 'confirmed';
  if (i.handoverId !== null) return 'handed_over';
  return i.signedAt ? 'signed' : 'recorded';
}

export const HANDOVER_STATUSES = ['sent', 'confirmed'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];
export const HANDOVER_STATUS_LABELS: Record<HandoverStatus, { zh: string; en: string }> = {
  sent: { zh: '待财务确认', en: 'Awaiting finance' },
  confirmed: { zh: '财务已确认', en: 'Confirmed by finance' },
};

/**
 * What the company's invoices must say of the buyer (the registered name is the 抬头 every
 * invoice carries; a VAT special invoice also carries the rest). One place to change it.
 */
export const COMPANY_INVOICE_PROFILE = {
  name: '华瑞电器股份有限公司',
  taxId: '91440300MA5G8R2K6X',
  address: '深圳市南山区科技园华瑞大厦',
  phone: '0755-26880000',
  bank: '中国工商银行深圳科技园支行',
  account: '4000023409200123456',
} as const;

/** The VAT rates an invoice may carry, in basis points (0, 1%, 3%, 5%, 6%, 9%, 13%). */
export const VAT_RATES_BP = [0, 100, 300, 500, 600, 900, 1300] as const;

// ---------------------------------------------------------------------------
// Taxpayer IDs

export type TaxpayerIdProblem = 'format' | 'checkCharacter';

/** Drops spaces and upper-cases, as a clerk may type or paste it. */
export const normalizeTaxpayerId = normalizeUscc;

/**
 * A seller's taxpayer ID (纳税人识别号): the 18-character unified social credit code with its
 * check character, or an older 15-digit ID (before 2015, no check character). Give it normalised.
 */
export function taxpayerIdProblem(id: string): TaxpayerIdProblem | null {
  if (/^\d{15}$/.test(id)) return null;
  if (id.length !== 18 || !/^[0-9A-Z]{18}$/.test(id)) return 'format';
  return isValidUscc(id) ? null : /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(id) ? 'checkCharacter' : 'format';
}

// ---------------------------------------------------------------------------
// Invoice numbers

export type InvoiceNumberProblem = { field: 'code' | 'invoiceNo'; problem: 'codeFormat' | 'numberFormat' | 'digitalFormat' };

/**
 * Paper and older electronic invoices carry a 发票代码 (10 digits for a VAT special, 12 for
 * an ordinary one; either accepted) and an 8-digit 发票号码; a fully digital invoice (全电发票)
 * carries one 20-digit number and no code.
 */
export function invoiceNumberProblem(code: string, invoiceNo: string): InvoiceNumberProblem | null {
  if (code === '') return /^\d{20}$/.test(invoiceNo) ? null : { field: 'invoiceNo', problem: 'digitalFormat' };
  if (!/^(\d{10}|\d{12})$/.test(code)) return { field: 'code', problem: 'codeFormat' };
  return /^\d{8}$/.test(invoiceNo) ? null : { field: 'invoiceNo', problem: 'numberFormat' };
}

// ---------------------------------------------------------------------------
// Amounts

export type InvoiceAmountProblem = { field: 'taxRateBp' | 'totalFen' | 'orders'; problem: 'rate' | 'sum' | 'parts' };

/** amount + tax = total, a rate the tax office uses, and the parts per order adding up to the total. */
export function invoiceAmountProblem(i: { amountFen: number; taxRateBp: number; taxFen: number; totalFen: number; partsFen: readonly number[] }): InvoiceAmountProblem | null {
  if (!(VAT_RATES_BP as readonly number[]).includes(i.taxRateBp)) return { field: 'taxRateBp', problem: 'rate' };
  if (i.amountFen + i.taxFen !== i.totalFen) return { field: 'totalFen', problem: 'sum' };
  if (i.partsFen.reduce((s, p) => s + p, 0) !== i.totalFen) return { field: 'orders', problem: 'parts' };
  return null;
}

/** What may still be invoiced against an order: its total less what other invoices already carry. */
export function invoiceableFen(o: { totalFen: number; invoicedFen: number }): number {
  return Math.max(0, o.totalFen - o.invoicedFen);
}

/**
 * What an order still owes for a payment request: its total less refunds expected on its
 * returns, less what live requests (anything not rejected) already ask for it. Never below 0.
 */
export function owedFen(o: { totalFen: number; refundFen: number; requestedFen: number }): number {
  return Math.max(0, o.totalFen - o.refundFen - o.requestedFen);
}

/**
 * What a contract order (issue 15) owes for a payment request: only the value of goods accepted
 * in deliveries the buying unit's head has reviewed, less what live requests already ask for it.
 * Rejected goods are never in the accepted value, so their refunds are not taken off again; no
 * prepayment on a contract order. Never below 0.
 */
export function contractOwedFen(o: { reviewedFen: number; requestedFen: number }): number {
  return Math.max(0, o.reviewedFen - o.requestedFen);
}

/**
 * A request's amount spread over its orders, oldest first, each up to what it owes; null when
 * the amount is more than all of them owe together.
 */
export function allocatePayment<T extends { orderId: number; owedFen: number }>(orders: readonly T[], amountFen: number): { orderId: number; amountFen: number }[] | null {
  let left = amountFen;
  const parts: { orderId: number; amountFen: number }[] = [];
  for (const o of orders) {
    if (left <= 0) break;
    const take = Math.min(left, o.owedFen);
    if (take > 0) parts.push({ orderId: o.orderId, amountFen: take });
    left -= take;
  }
  return left > 0 ? null : parts;
}

/** A request made before every one of its orders was fully delivered is a prepayment (预付款). */
export function isPrepayment(orders: readonly { fullyDelivered: boolean }[]): boolean {
  return orders.some((o) => !o.fullyDelivered);
}
