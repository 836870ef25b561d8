import { z } from 'zod';
import { AdSlot } from './ad-slots';
import { fen, id, month, page, PersonRef, timestamp } from './common';

export const RATE_CARD_STATUSES = ['draft', 'published', 'superseded'] as const;

/** One revision of one month's card, as listed. */
export const RateCardSummary = z.object({
  id,
  month,
  revision: z.number().int(),
  status: z.enum(RATE_CARD_STATUSES),
  note: z.string(),
  publishedAt: timestamp.nullable(),
  publishedBy: PersonRef.nullable(),
  /** The card this revision replaced when it was published (or will replace). */
  supersedesId: id.nullable(),
  slotCount: z.number().int(),
  version: z.number().int(),
});
export type RateCardSummary = z.infer<typeof RateCardSummary>;

/** One slot's list price on a card. */
export const RateCardPrice = AdSlot.pick({ code: true, name: true, nameEn: true, page: true, format: true, size: true, pricingUnit: true, exclusive: true }).extend({
  slotId: id,
  /** Integer fen; null while a draft has no price for the slot yet. */
  priceFen: fen.nullable(),
});
export type RateCardPrice = z.infer<typeof RateCardPrice>;

export const RateCard = RateCardSummary.extend({ prices: z.array(RateCardPrice) });
export type RateCard = z.infer<typeof RateCard>;

export const RateCardList = page(RateCardSummary);
export type RateCardList = z.infer<typeof RateCardList>;
