import { z } from 'zod';
import { COLLECTION_METHODS } from '../ad-revenue';
import { InstalmentRef } from './ad-agreements';
import { day, fen, id, page, PersonRef, timestamp } from './common';

/** A unit or customer as a list names it. */
const Named = z.object({ id, name: z.string(), nameEn: z.string().nullable() });

/** One instalment a collection settled, and how much of it. */
export const AdCollectionAllocation = InstalmentRef.extend({ amountFen: fen });
export type AdCollectionAllocation = z.infer<typeof AdCollectionAllocation>;

/** 收款: what was received, how it settled the schedule, what went to 预收账款, and its entry. */
export const AdCollection = z.object({
  id,
  number: z.string(),
  customer: Named,
  unit: Named,
  receivedOn: day,
  amountFen: fen,
  method: z.enum(COLLECTION_METHODS),
  bankRef: z.string(),
  allocatedFen: fen,
  advanceFen: fen,
  entry: z.object({ id, number: z.string() }),
  allocations: z.array(AdCollectionAllocation),
  reversal: z.object({ entryId: id, entryNumber: z.string(), reason: z.string(), at: timestamp, by: PersonRef.nullable() }).nullable(),
  recordedBy: PersonRef.nullable(),
  recordedAt: timestamp,
});
export type AdCollection = z.infer<typeof AdCollection>;

export const AdCollectionList = page(AdCollection.omit({ allocations: true }));
export type AdCollectionList = z.infer<typeof AdCollectionList>;

/** An instalment of a signed agreement with what is still owed on it (the collection form's rows). */
export const OpenInstalment = z.object({
  id,
  agreementId: id,
  agreementNumber: z.string(),
  unitId: id,
  seq: z.number().int(),
  dueOn: day,
  method: z.enum(COLLECTION_METHODS),
  amountFen: fen,
  collectedFen: fen,
  owedFen: fen,
});
export type OpenInstalment = z.infer<typeof OpenInstalment>;

export const OpenInstalments = z.object({ items: z.array(OpenInstalment), advanceFen: fen });
export type OpenInstalments = z.infer<typeof OpenInstalments>;
