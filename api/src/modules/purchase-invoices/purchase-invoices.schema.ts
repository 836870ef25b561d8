import { z } from 'zod';
import { HANDOVER_STATUSES, INVOICE_KINDS, INVOICE_STATUSES, MAX_SETTLEMENT_FEN, normalizeTaxpayerId } from '@portal/domain';
import { dbId, isoDay, listQuery, queryId } from '../../http/validate';

const money = z.number().int().min(0).max(MAX_SETTLEMENT_FEN);
const text = (max: number) => z.string().trim().min(1, 'purchaseInvoices.required').max(max);
/** A buyer's detail: blank is absent (a VAT special invoice then names it as missing). */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((s) => s || null);

export const createBody = z.object({
  kind: z.enum(INVOICE_KINDS),
  /** '' for a fully digital invoice, which has only its 20-digit number. */
  code: z.string().trim().max(12).default(''),
  invoiceNo: text(20),
  issuedOn: isoDay,
  header: text(200),
  sellerName: text(200),
  sellerTaxId: text(30).transform(normalizeTaxpayerId),
  buyerTaxId: optionalText(30).transform((s) => (s ? normalizeTaxpayerId(s) : s)),
  buyerAddress: optionalText(200),
  buyerPhone: optionalText(50),
  buyerBank: optionalText(200),
  buyerAccount: optionalText(64),
  amountFen: money,
  taxRateBp: z.number().int().min(0).max(10000),
  taxFen: money,
  totalFen: money,
  orders: z
    .array(z.object({ orderId: dbId, amountFen: z.number().int().positive().max(MAX_SETTLEMENT_FEN) }))
    .min(1, 'purchaseInvoices.noOrders')
    .max(50),
});

export const versionBody = z.object({ version: dbId });

export const browseQuery = z.object({
  ...listQuery,
  status: z.enum(INVOICE_STATUSES).optional(),
  kind: z.enum(INVOICE_KINDS).optional(),
});

export const invoiceableQuery = z.object({ supplierId: queryId.optional() });

export const handoverBody = z.object({ invoiceIds: z.array(dbId).min(1, 'purchaseInvoices.noInvoices').max(200) });

export const handoversQuery = z.object({
  page: listQuery.page,
  pageSize: listQuery.pageSize,
  status: z.enum(HANDOVER_STATUSES).optional(),
});

export type CreateInvoice = z.output<typeof createBody>;
export type BrowseInvoices = z.output<typeof browseQuery>;
export type HandoversQuery = z.output<typeof handoversQuery>;
