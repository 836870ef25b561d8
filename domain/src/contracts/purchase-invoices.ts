import { z } from 'zod';
import { HANDOVER_STATUSES, INVOICE_KINDS, INVOICE_STATUSES } from '../settlement';
import { day, fen, id, page, PersonRef, timestamp } from './common';

const UnitRef = z.object({ id, code: z.string(), name: z.string() });

export const PurchaseInvoiceRow = z.object({
  id,
  unit: UnitRef,
  kind: z.enum(INVOICE_KINDS),
  code: z.string(),
  invoiceNo: z.string(),
  issuedOn: day,
  sellerName: z.string(),
  sellerTaxId: z.string(),
  amountFen: fen,
  taxRateBp: z.number().int(),
  taxFen: fen,
  totalFen: fen,
  status: z.enum(INVOICE_STATUSES),
  handover: z.object({ id, number: z.string() }).nullable(),
  createdAt: timestamp,
});
export type PurchaseInvoiceRow = z.infer<typeof PurchaseInvoiceRow>;

export const PurchaseInvoiceList = page(PurchaseInvoiceRow);
export type PurchaseInvoiceList = z.infer<typeof PurchaseInvoiceList>;

export const PurchaseInvoiceDetail = PurchaseInvoiceRow.extend({
  header: z.string(),
  buyerTaxId: z.string().nullable(),
  buyerAddress: z.string().nullable(),
  buyerPhone: z.string().nullable(),
  buyerBank: z.string().nullable(),
  buyerAccount: z.string().nullable(),
  orders: z.array(z.object({ orderId: id, number: z.string(), platformOrderNo: z.string(), totalFen: fen, amountFen: fen })),
  signedBy: PersonRef.nullable(),
  signedAt: timestamp.nullable(),
  createdBy: PersonRef.nullable(),
  version: z.number().int(),
  can: z.object({ sign: z.boolean() }),
});
export type PurchaseInvoiceDetail = z.infer<typeof PurchaseInvoiceDetail>;

/** An order the caller may invoice against, with what it may still carry. */
export const InvoiceableOrder = z.object({
  orderId: id,
  number: z.string(),
  platformOrderNo: z.string(),
  orderedOn: day,
  supplier: z.object({ id, name: z.string() }),
  totalFen: fen,
  invoicedFen: fen,
  invoiceableFen: fen,
});
export type InvoiceableOrder = z.infer<typeof InvoiceableOrder>;
export const InvoiceableOrders = z.object({ items: z.array(InvoiceableOrder) });
export type InvoiceableOrders = z.infer<typeof InvoiceableOrders>;

export const InvoiceHandover = z.object({
  id,
  number: z.string(),
  unit: UnitRef,
  status: z.enum(HANDOVER_STATUSES),
  invoiceCount: z.number().int(),
  totalFen: fen,
  createdBy: PersonRef.nullable(),
  createdAt: timestamp,
  confirmedBy: PersonRef.nullable(),
  confirmedAt: timestamp.nullable(),
  version: z.number().int(),
  invoices: z.array(PurchaseInvoiceRow),
  can: z.object({ confirm: z.boolean() }),
});
export type InvoiceHandover = z.infer<typeof InvoiceHandover>;

export const InvoiceHandoverList = page(InvoiceHandover.omit({ invoices: true, can: true }));
export type InvoiceHandoverList = z.infer<typeof InvoiceHandoverList>;
