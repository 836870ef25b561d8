import { z } from 'zod';
import { AD_PRICING_UNITS, AD_QUOTE_ACTIONS, AD_QUOTE_STATUSES } from '../ad-quotes';
import { APPROVAL_STATUSES } from '../approvals';
import { ROLES } from '../roles';
import { bp, day, fen, id, page, PersonRef, timestamp } from './common';

/** A row of GET /api/ad-quotes. */
export const QuoteSummary = z.object({
  id,
  number: z.string(),
  unit: z.object({ id, name: z.string(), code: z.string() }),
  customer: z.object({ id, name: z.string() }),
  status: z.enum(AD_QUOTE_STATUSES),
  listFen: fen,
  netFen: fen,
  paidShareBp: bp,
  validUntil: day,
  /** Null once the account that created it is gone from the record. */
  createdBy: PersonRef.nullable(),
  updatedAt: timestamp,
  version: z.number().int(),
});
export type QuoteSummary = z.infer<typeof QuoteSummary>;

export const QuoteList = page(QuoteSummary);
export type QuoteList = z.infer<typeof QuoteList>;

/** A line as priced from the month's published card: what the preview answers for each line. */
export const PricedLine = z.object({
  slotId: id,
  units: z.number().int(),
  cardId: id.nullable(),
  cardRevision: z.number().int().nullable(),
  unitPriceFen: fen,
  listFen: fen,
  shareBp: bp,
  netFen: fen,
});
export type PricedLine = z.infer<typeof PricedLine>;

export const QuoteLine = PricedLine.extend({
  id,
  position: z.number().int(),
  slotCode: z.string(),
  slotName: z.string(),
  /** null: no English name, English screens show slotName */
  slotNameEn: z.string().nullable(),
  pricingUnit: z.enum(AD_PRICING_UNITS),
  exclusive: z.boolean(),
  startsOn: day,
  endsOn: day,
});
export type QuoteLine = z.infer<typeof QuoteLine>;

/** Who must approve, each step named with the unit it falls to. */
export const PreviewStep = z.object({ role: z.enum(ROLES), unit: z.enum(['branch', 'hq']), unitName: z.string().optional() });
export type PreviewStep = z.infer<typeof PreviewStep>;

export const PreviewDecision = z.object({
  outcome: z.enum(['approved', 'needs_approval', 'refused', 'not_allowed']),
  steps: z.array(PreviewStep),
  floorBp: bp.optional(),
});
export type PreviewDecision = z.infer<typeof PreviewDecision>;

/** GET /api/ad-quotes/:id: the list fields, the lines, the approval and what this user may do now. */
export const Quote = QuoteSummary.extend({
  bundleShareBp: bp,
  note: z.string().nullable(),
  zhe: z.string(),
  percent: z.string(),
  lines: z.array(QuoteLine),
  approval: z.object({ requestId: id, status: z.enum(APPROVAL_STATUSES), currentStep: z.number().int().nullable(), readable: z.boolean() }).nullable(),
  decision: PreviewDecision.nullable(),
  actions: z.array(z.enum(AD_QUOTE_ACTIONS)),
});
export type Quote = z.infer<typeof Quote>;

/** An exclusive slot's overlap with another quote: a booked one blocks, an open one warns. */
export const SlotConflict = z.object({
  lineIndex: z.number().int(),
  quoteId: id,
  quoteNumber: z.string(),
  startsOn: day,
  endsOn: day,
  severity: z.enum(['block', 'warn']),
});
export type SlotConflict = z.infer<typeof SlotConflict>;

/** POST /api/ad-quotes/preview: totals, paid share, who must approve and conflicts; writes nothing. */
export const QuotePreview = z.object({
  lines: z.array(PricedLine),
  listFen: fen,
  subtotalFen: fen,
  netFen: fen,
  paidShareBp: bp,
  zhe: z.string(),
  percent: z.string(),
  decision: PreviewDecision,
  conflicts: z.array(SlotConflict),
});
export type QuotePreview = z.infer<typeof QuotePreview>;
