import { z } from 'zod';
import { AD_QUOTE_STATUSES } from '@portal/domain';
import { listQuery, sortParam } from '../../http/validate';
import './ad-quotes.messages';

const day = z.iso.date();
const share = z.number().int().min(1).max(10000);

const line = z
  .object({
    slotId: z.number().int().positive(),
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
  unitId: z.coerce.number().int().positive().optional(),
  customerId: z.coerce.number().int().positive().optional(),
});

export const createQuoteBody = z.object({
  unitId: z.number().int().positive(),
  customerId: z.number().int().positive(),
  validUntil: day,
  /** The bundle discount over the whole quote, applied once after the line discounts. */
  bundleShareBp: share.default(10000),
  note: z.string().trim().max(2000).default(''),
  lines: z.array(line).min(1, 'adQuotes.noLines').max(100),
});

export const updateQuoteBody = createQuoteBody.extend({ version: z.number().int().positive() });

export const previewBody = z.object({
  unitId: z.number().int().positive(),
  quoteId: z.number().int().positive().optional(),
  bundleShareBp: share.default(10000),
  lines: z.array(line).max(100),
});

export const versionBody = z.object({ version: z.number().int().positive() });

export type BrowseQuotes = z.output<typeof browseQuotesQuery>;
export type QuoteInput = z.output<typeof createQuoteBody>;
export type UpdateQuote = z.output<typeof updateQuoteBody>;
export type PreviewInput = z.output<typeof previewBody>;
export type LineInput = QuoteInput['lines'][number];
