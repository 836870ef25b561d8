import { z } from 'zod';
import { AD_QUOTE_STATUSES } from '@portal/domain';
import { dbId, isoDay, listQuery, queryId, sortParam } from '../../http/validate';

const day = isoDay;
const share = z.number().int().min(1).max(10000);

const line = z
  .object({
    slotId: dbId,
    startsOn: day,
    endsOn: day,
    /** The line's own paid share; 10000 when it has no discount of its own. */
    shareBp: share.default(10000),
  })
  .refine((l) => l.endsOn >= l.startsOn, { message: 'adQuotes.endsBeforeStart', path: ['endsOn'] });

export const browseQuotesQuery = z.object({
  ...listQuery,
  sort: sortParam(['number', 'updatedAt', 'netFen', 'validUntil', 'customer'], '-updatedAt'),
  status: z.enum(AD_QUOTE_STATUSES).optional(),
  unitId: queryId.optional(),
  customerId: queryId.optional(),
});

/** The list's own filters and sort, without paging: the export holds every row they select. */
export const exportQuotesQuery = browseQuotesQuery.omit({ page: true, pageSize: true });

export const createQuoteBody = z.object({
  unitId: dbId,
  customerId: dbId,
  validUntil: day,
  /** The bundle discount over the whole quote, applied once after the line discounts. */
  bundleShareBp: share.default(10000),
  note: z.string().trim().max(2000).default(''),
  lines: z.array(line).min(1, 'adQuotes.noLines').max(100),
});

export const updateQuoteBody = createQuoteBody.extend({ version: dbId });

export const previewBody = z.object({
  unitId: dbId,
  quoteId: dbId.optional(),
  bundleShareBp: share.default(10000),
  lines: z.array(line).max(100),
});

/** A quote download: the customer's copy unless the internal one (with the approval trail) is asked for. */
export const quoteDownloadQuery = z.object({ copy: z.enum(['customer', 'internal']).default('customer') });

export const versionBody = z.object({ version: dbId });

export type BrowseQuotes = z.output<typeof browseQuotesQuery>;
export type ExportQuotes = z.output<typeof exportQuotesQuery>;
export type QuoteInput = z.output<typeof createQuoteBody>;
export type UpdateQuote = z.output<typeof updateQuoteBody>;
export type QuoteDownloadQuery = z.output<typeof quoteDownloadQuery>;
export type PreviewInput = z.output<typeof previewBody>;
export type LineInput = QuoteInput['lines'][number];
