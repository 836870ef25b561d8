import { z } from 'zod';
import { APPROVAL_STATUSES } from '../approvals';
import { PAYMENT_KINDS, PAYMENT_METHODS, PAYMENT_REQUEST_STATUSES } from '../settlement';
import { day, fen, id, page, PersonRef, timestamp } from './common';

/** An order of one supplier with what it still owes (total − refunds − already requested). */
export const OwedOrder = z.object({
  orderId: id,
  number: z.string(),
  platform: z.string(),
  platformOrderNo: z.string(),
  orderedOn: day,
  unit: z.object({ id, code: z.string(), name: z.string() }),
  totalFen: fen,
  refundFen: fen,
  requestedFen: fen,
  owedFen: fen,
  fullyDelivered: z.boolean(),
  /** A contract order's deliveries awaiting the head's review (审核): listed so the clerk sees why it owes nothing yet. */
  awaitingReview: z.array(z.string()),
});
export type OwedOrder = z.infer<typeof OwedOrder>;

/** GET /api/payment-requests/owed?supplierId=: the supplier's orders the caller may request payment for. */
export const OwedOrders = z.object({
  supplier: z.object({ id, name: z.string() }),
  orders: z.array(OwedOrder),
  totalOwedFen: fen,
});
export type OwedOrders = z.infer<typeof OwedOrders>;

export const PaymentRequestRow = z.object({
  id,
  number: z.string(),
  unit: z.object({ id, code: z.string(), name: z.string() }),
  supplier: z.object({ id, name: z.string() }),
  payee: z.string(),
  method: z.enum(PAYMENT_METHODS),
  amountFen: fen,
  prepayment: z.boolean(),
  status: z.enum(PAYMENT_REQUEST_STATUSES),
  /** What the register nets to for this request (payments less reversals). */
  netPaidFen: fen,
  createdAt: timestamp,
});
export type PaymentRequestRow = z.infer<typeof PaymentRequestRow>;

export const PaymentRequestList = page(PaymentRequestRow);
export type PaymentRequestList = z.infer<typeof PaymentRequestList>;

/** One row of the payment register (付款登记台账): a payment, or the reversal of one. */
export const PaymentEntry = z.object({
  id,
  number: z.string(),
  kind: z.enum(PAYMENT_KINDS),
  amountFen: fen,
  paidOn: day,
  payingAccount: z.string(),
  bankRef: z.string(),
  reversesId: id.nullable(),
  reversed: z.boolean(),
  reason: z.string().nullable(),
  recordedBy: PersonRef.nullable(),
  recordedAt: timestamp,
});
export type PaymentEntry = z.infer<typeof PaymentEntry>;

export const PaymentRequestDetail = PaymentRequestRow.extend({
  bank: z.string().nullable(),
  account: z.string().nullable(),
  note: z.string(),
  version: z.number().int(),
  createdBy: PersonRef.nullable(),
  orders: z.array(z.object({ orderId: id, number: z.string(), platformOrderNo: z.string(), orderedOn: day, totalFen: fen, amountFen: fen })),
  payments: z.array(PaymentEntry),
  approval: z.object({ requestId: id, status: z.enum(APPROVAL_STATUSES) }).nullable(),
  /** What this caller may do now; the API checks again. */
  can: z.object({ submit: z.boolean(), discard: z.boolean(), pay: z.boolean(), reverse: z.boolean() }),
});
export type PaymentRequestDetail = z.infer<typeof PaymentRequestDetail>;

export const PaymentRegisterRow = PaymentEntry.extend({
  request: z.object({ id, number: z.string() }),
  unit: z.object({ id, code: z.string(), name: z.string() }),
  supplier: z.object({ id, name: z.string() }),
  payee: z.string(),
});
export type PaymentRegisterRow = z.infer<typeof PaymentRegisterRow>;

/** GET /api/payment-register: the filtered rows (a page) and what all of them add up to. */
export const PaymentRegister = page(PaymentRegisterRow).extend({
  totals: z.object({ paidFen: fen, reversedFen: fen, netFen: fen }),
});
export type PaymentRegister = z.infer<typeof PaymentRegister>;
