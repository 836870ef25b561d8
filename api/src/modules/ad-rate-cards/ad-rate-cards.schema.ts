import { z } from 'zod';
import { isMonth } from '@portal/domain';
import { dbId, listQuery, sortParam } from '../../http/validate';

export const month = z.string().refine(isMonth, 'adRateCards.badMonth');

export const browseCardsQuery = z.object({
  ...listQuery,
  sort: sortParam(['month', 'revision'], '-month'),
  month: month.optional(),
  status: z.enum(['draft', 'published', 'superseded']).optional(),
});

export const currentCardQuery = z.object({ month: month.optional() });

export const createCardBody = z.object({
  month,
  copyFromId: dbId.optional(),
});

export const updateCardBody = z.object({
  version: dbId,
  note: z.string().trim().max(1000).optional(),
  prices: z
    .array(z.object({ slotId: dbId, priceFen: z.number().int().min(0).max(100_000_000_000) }))
    .max(1000)
    .optional(),
});

export const versionBody = z.object({ version: dbId });

export type BrowseCards = z.output<typeof browseCardsQuery>;
export type UpdateCard = z.output<typeof updateCardBody>;
