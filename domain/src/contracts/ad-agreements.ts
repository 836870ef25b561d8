import { z } from 'zod';
import { AD_AGREEMENT_STATUSES, AGREEMENT_DOCUMENT_KINDS, INSTALMENT_METHODS } from '../ad-agreements';
import { bp, day, fen, id, page, PersonRef, timestamp } from './common';

const UnitRef = z.object({ id, name: z.string(), code: z.string(), kind: z.string() });

/** A row of GET /api/ad-agreements. */
export const AgreementSummary = z.object({
  id,
  number: z.string(),
  quote: z.object({ id, number: z.string() }),
  unit: UnitRef,
  customer: z.object({ id, name: z.string() }),
  /** running and completed are computed from the flight dates and today. */
  status: z.enum(AD_AGREEMENT_STATUSES),
  /** Tax-inclusive. */
  amountFen: fen,
  startsOn: day,
  endsOn: day,
  signedAt: timestamp.nullable(),
  terminatedOn: day.nullable(),
  createdBy: PersonRef.nullable(),
  updatedAt: timestamp,
  version: z.number().int(),
});
export type AgreementSummary = z.infer<typeof AgreementSummary>;

export const AgreementList = page(AgreementSummary);
export type AgreementList = z.infer<typeof AgreementList>;

/** The quote as accepted, copied when the agreement was made: what later changes to the quote or card never touch. */
export const QuoteSnapshot = z.object({
  quoteId: id,
  number: z.string(),
  listFen: fen,
  netFen: fen,
  bundleShareBp: bp,
  paidShareBp: bp,
  validUntil: day,
  lines: z.array(
    z.object({
      position: z.number().int(),
      slotId: id,
      slotCode: z.string(),
      slotName: z.string(),
      startsOn: day,
      endsOn: day,
      units: z.number().int(),
      cardId: id,
      cardRevision: z.number().int(),
      unitPriceFen: fen,
      listFen: fen,
      shareBp: bp,
      netFen: fen,
    }),
  ),
});
export type QuoteSnapshot = z.infer<typeof QuoteSnapshot>;

export const AgreementLine = z.object({
  lineNo: z.number().int(),
  slotId: id,
  slotCode: z.string(),
  slotName: z.string(),
  slotNameEn: z.string().nullable(),
  startsOn: day,
  endsOn: day,
  /** The flight's share of the amount, bundle discount included: the lines sum to the amount. */
  amountFen: fen,
});
export type AgreementLine = z.infer<typeof AgreementLine>;

export const Instalment = z.object({ seq: z.number().int(), dueOn: day, amountFen: fen, method: z.enum(INSTALMENT_METHODS) });
export type Instalment = z.infer<typeof Instalment>;

/** Which instalment of which agreement, as a collection's allocation or a receivable names it. */
export const InstalmentRef = z.object({ instalmentId: id, agreementId: id, agreementNumber: z.string(), seq: z.number().int(), dueOn: day });

/** One item of the checklist: the signed scan, or a copy the branch sends HQ and HQ marks received. */
export const AgreementDocument = z.object({
  kind: z.enum(AGREEMENT_DOCUMENT_KINDS),
  attachment: z.object({ id, filename: z.string() }).nullable(),
  sentBy: PersonRef.nullable(),
  sentAt: timestamp.nullable(),
  receivedBy: PersonRef.nullable(),
  receivedAt: timestamp.nullable(),
});
export type AgreementDocument = z.infer<typeof AgreementDocument>;

export const TimelineStep = z.object({
  step: z.enum(['created', 'signed', 'running', 'completed', 'terminated']),
  /** A moment (created, signed) or a day (running from, completed after, terminated on). */
  at: z.string().nullable(),
  by: z.string().nullable(),
  done: z.boolean(),
});
export type TimelineStep = z.infer<typeof TimelineStep>;

/** GET /api/ad-agreements/:id. */
export const Agreement = AgreementSummary.extend({
  feeStandard: z.string(),
  quoteSnapshot: QuoteSnapshot,
  lines: z.array(AgreementLine),
  instalments: z.array(Instalment),
  documents: z.array(AgreementDocument),
  signedBy: PersonRef.nullable(),
  terminationReason: z.string().nullable(),
  /** Income booked so far (gross), by the month-end runs. */
  recognisedFen: fen,
  timeline: z.array(TimelineStep),
  actions: z.array(z.enum(['edit', 'sign', 'terminate', 'attach', 'receive'])),
});
export type Agreement = z.infer<typeof Agreement>;

/** GET /api/ad-agreements/quotes: an accepted quote this user may make an agreement from. */
export const AgreementQuote = z.object({
  id,
  number: z.string(),
  unit: UnitRef,
  customer: z.object({ id, name: z.string() }),
  netFen: fen,
  startsOn: day,
  endsOn: day,
});
export type AgreementQuote = z.infer<typeof AgreementQuote>;

export const AgreementQuoteList = z.object({ items: z.array(AgreementQuote) });
export type AgreementQuoteList = z.infer<typeof AgreementQuoteList>;

export const AgreementDocumentList = z.object({ items: z.array(AgreementDocument) });
export type AgreementDocumentList = z.infer<typeof AgreementDocumentList>;
