import { z } from 'zod';
import { INQUIRY_STATUSES } from '../sourcing';
import { PLATFORMS } from '../supplier-prices';
import { day, fen, id, timestamp } from './common';
import { Standing } from './suppliers';

/** An inquiry (询价单) in a list. */
export const InquirySummary = z.object({
  id,
  number: z.string(),
  unitId: id,
  unitName: z.string(),
  unitNameEn: z.string(),
  title: z.string(),
  deliveryPlace: z.string(),
  quoteDeadline: timestamp,
  status: z.enum(INQUIRY_STATUSES),
  /** The deadline has passed (by the database's clock): quotes are open and no more are taken. */
  quotesOpen: z.boolean(),
  createdBy: z.string().nullable(),
  createdAt: timestamp,
  version: z.number().int(),
});
export type InquirySummary = z.infer<typeof InquirySummary>;

export const InquiryList = z.object({ items: z.array(InquirySummary), total: z.number().int() });
export type InquiryList = z.infer<typeof InquiryList>;

export const InquiryLine = z.object({
  id,
  lineNo: z.number().int(),
  itemId: id.nullable(),
  description: z.string(),
  spec: z.string(),
  quantity: z.number(),
  uom: z.string(),
  requiredOn: day,
});
export type InquiryLine = z.infer<typeof InquiryLine>;

/** An invited supplier as the inquiry shows it: whether it quoted, never what (a contact sees only itself). */
export const InquirySupplier = z.object({
  supplierId: id,
  name: z.string(),
  standing: Standing,
  quoted: z.boolean(),
  revisions: z.number().int(),
  lastQuotedAt: timestamp.nullable(),
});
export type InquirySupplier = z.infer<typeof InquirySupplier>;

/** GET /api/inquiries/:id — carries no price at all. */
export const Inquiry = InquirySummary.extend({
  note: z.string(),
  closedAt: timestamp.nullable(),
  lines: z.array(InquiryLine),
  suppliers: z.array(InquirySupplier),
});
export type Inquiry = z.infer<typeof Inquiry>;

export const SupplierQuoteLine = z.object({
  inquiryLineId: id,
  /** Tax-inclusive unit price. */
  unitPriceFen: fen,
  taxRateBp: z.number().int(),
  deliveryDays: z.number().int(),
  amountFen: fen,
  note: z.string(),
});
export type SupplierQuoteLine = z.infer<typeof SupplierQuoteLine>;

/** One revision of a supplier's quote (报价). */
export const SupplierQuote = z.object({
  id,
  supplierId: id,
  revision: z.number().int(),
  validUntil: day,
  notes: z.string(),
  submittedBy: z.string().nullable(),
  submittedAt: timestamp,
  lines: z.array(SupplierQuoteLine),
  totalFen: fen,
});
export type SupplierQuote = z.infer<typeof SupplierQuote>;

/** That a supplier quoted (which revision, when), with no price: what the buyer sees while sealed. */
export const SupplierQuoteReceipt = z.object({ supplierId: id, revision: z.number().int(), submittedAt: timestamp });
export type SupplierQuoteReceipt = z.infer<typeof SupplierQuoteReceipt>;

/** GET /api/inquiries/:id/quotes — items is empty while sealed for the buyer. */
export const SupplierQuoteList = z.object({
  sealed: z.boolean(),
  quoteDeadline: timestamp,
  receipts: z.array(SupplierQuoteReceipt),
  items: z.array(SupplierQuote),
});
export type SupplierQuoteList = z.infer<typeof SupplierQuoteList>;

/** GET /api/inquiries/:id/comparison — after the deadline. */
export const SupplierQuoteComparison = z.object({
  inquiry: z.object({ id, number: z.string(), title: z.string(), status: z.enum(INQUIRY_STATUSES), quoteDeadline: timestamp, unitId: id }),
  suppliers: z.array(
    z.object({
      supplierId: id,
      name: z.string(),
      standing: Standing,
      eligible: z.boolean(),
      quote: z.object({ id, revision: z.number().int(), validUntil: day, notes: z.string(), submittedAt: timestamp, totalFen: fen }).nullable(),
    }),
  ),
  lines: z.array(
    InquiryLine.extend({
      /** The price database's lowest current mall price, for a catalogue item. */
      mallLowest: z.object({ unitPriceFen: fen, shopName: z.string(), platform: z.enum(PLATFORMS), observedOn: day }).nullable(),
      offers: z.array(SupplierQuoteLine.extend({ supplierId: id, lowest: z.boolean() })),
    }),
  ),
});
export type SupplierQuoteComparison = z.infer<typeof SupplierQuoteComparison>;
