import { z } from 'zod';
import { NEGOTIATION_SIDES, NEGOTIATION_STATES, NEGOTIATION_TERMS } from '../negotiations';
import { day, fen, id, page, PersonRef, timestamp } from './common';

const side = z.enum(NEGOTIATION_SIDES);

export const NegotiationTermsContract = z.object({
  qualityRequirements: z.string(),
  inspectionMethod: z.string(),
  deliveryPlace: z.string(),
  deliveryDate: day,
  paymentMethod: z.string(),
});

export const NegotiationLine = z.object({
  lineNo: z.number().int(),
  inquiryLineId: id.nullable(),
  itemId: id.nullable(),
  name: z.string(),
  spec: z.string(),
  uom: z.string(),
  quantity: z.number(),
  unitPriceFen: fen,
  taxRateBp: z.number().int(),
  amountFen: fen,
});
export type NegotiationLine = z.infer<typeof NegotiationLine>;

const changeValue = z.union([z.string(), z.number()]).nullable();

/** What changed from the version before (none for the first). */
export const NegotiationChanges = z.object({
  terms: z.array(z.object({ term: z.enum(NEGOTIATION_TERMS), before: z.string(), after: z.string() })),
  lines: z.array(
    z.object({
      lineNo: z.number().int(),
      name: z.string(),
      kind: z.enum(['added', 'removed', 'changed']),
      fields: z.array(z.object({ field: z.enum(['quantity', 'unitPriceFen', 'taxRateBp', 'name', 'spec', 'uom']), before: changeValue, after: changeValue })),
    }),
  ),
});
export type NegotiationChanges = z.infer<typeof NegotiationChanges>;

export const NegotiationVersion = z.object({
  versionNo: z.number().int(),
  side,
  author: PersonRef.nullable(),
  createdAt: timestamp,
  note: z.string(),
  terms: NegotiationTermsContract,
  lines: z.array(NegotiationLine),
  totalFen: fen,
  taxFen: fen,
  totalInWords: z.string(),
  changes: NegotiationChanges.nullable(),
});
export type NegotiationVersion = z.infer<typeof NegotiationVersion>;

export const NegotiationComment = z.object({
  id,
  versionNo: z.number().int(),
  side,
  author: PersonRef.nullable(),
  body: z.string(),
  createdAt: timestamp,
});
export type NegotiationComment = z.infer<typeof NegotiationComment>;

export const NegotiationRow = z.object({
  id,
  number: z.string(),
  title: z.string(),
  inquiry: z.object({ id, number: z.string() }),
  supplier: z.object({ id, name: z.string() }),
  unit: z.object({ id, name: z.string() }),
  currentVersion: z.number().int(),
  buyerAgreedVersion: z.number().int().nullable(),
  supplierAgreedVersion: z.number().int().nullable(),
  state: z.enum(NEGOTIATION_STATES),
  totalFen: fen,
  contractId: id.nullable(),
  updatedAt: timestamp,
});
export type NegotiationRow = z.infer<typeof NegotiationRow>;

export const NegotiationList = page(NegotiationRow);
export type NegotiationList = z.infer<typeof NegotiationList>;

export const NegotiationDetail = NegotiationRow.extend({
  version: z.number().int(),
  current: NegotiationVersion,
  comments: z.array(NegotiationComment),
  /** The side the caller acts for, or null for a reader. */
  mySide: side.nullable(),
  can: z.object({ edit: z.boolean(), agree: z.boolean(), comment: z.boolean(), createContract: z.boolean() }),
});
export type NegotiationDetail = z.infer<typeof NegotiationDetail>;

export const NegotiationVersions = z.object({ items: z.array(NegotiationVersion) });
export type NegotiationVersions = z.infer<typeof NegotiationVersions>;
