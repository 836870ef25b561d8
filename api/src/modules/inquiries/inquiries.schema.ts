import { z } from 'zod';
import { INQUIRY_STATUSES, MAX_QUANTITY } from '@portal/domain';
import { dbId, isoDay, listQuery, sortParam } from '../../http/validate';

const text = (max: number) => z.string().trim().max(max);
/** Money typed in fen: whole, above zero, below what a bigint column and JS both hold exactly. */
const fen = z.number().int().min(1).max(1_000_000_000_000);

export const browseInquiriesQuery = z.object({
  ...listQuery,
  sort: sortParam(['createdAt', 'quoteDeadline', 'number'], '-createdAt'),
  status: z.enum(INQUIRY_STATUSES).optional(),
});
export type BrowseInquiries = z.output<typeof browseInquiriesQuery>;

const inquiryLine = z.object({
  /** A catalogue item, or none for free text. */
  itemId: dbId.nullable().default(null),
  /** What is wanted; for a catalogue item, blank takes the item's name. */
  description: text(200).default(''),
  spec: text(300).default(''),
  quantity: z.number().positive().max(MAX_QUANTITY),
  /** Unit of measure; for a catalogue item, blank takes the item's. */
  uom: text(10).default(''),
  requiredOn: isoDay,
});

export const createInquiryBody = z.object({
  /** The buying unit; defaults to the clerk's own. */
  unitId: dbId.optional(),
  title: text(200).min(1),
  deliveryPlace: text(200).min(1),
  /** A moment with its offset (ISO 8601), e.g. 2026-12-05T17:00:00+08:00. */
  quoteDeadline: z.iso.datetime({ offset: true }),
  note: text(1000).default(''),
  lines: z.array(inquiryLine).min(1).max(100),
  supplierIds: z.array(dbId).min(1).max(20),
});
export type CreateInquiry = z.output<typeof createInquiryBody>;

export const closeInquiryBody = z.object({ version: dbId });

const quoteLine = z.object({
  inquiryLineId: dbId,
  /** Tax-inclusive unit price. */
  unitPriceFen: fen,
  /** VAT rate in basis points (1300 = 13%). */
  taxRateBp: z.number().int().min(0).max(10_000),
  deliveryDays: z.number().int().min(0).max(3650),
  note: text(300).default(''),
});

export const submitQuoteBody = z.object({
  validUntil: isoDay,
  notes: text(1000).default(''),
  lines: z.array(quoteLine).min(1).max(100),
});
export type SubmitQuote = z.output<typeof submitQuoteBody>;
