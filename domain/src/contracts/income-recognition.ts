import { z } from 'zod';
import { day, fen, id } from './common';

/** One agreement's income for the month: what the run posts (or posted) for it. */
export const MonthEndRow = z.object({
  agreementId: id,
  agreementNumber: z.string(),
  customer: z.object({ id, name: z.string() }),
  unit: z.object({ id, name: z.string(), nameEn: z.string().nullable() }),
  status: z.string(),
  amountFen: fen,
  recognisedBeforeFen: fen,
  grossFen: fen,
  netFen: fen,
  vatFen: fen,
  /** Of the gross, what the customer's 预收账款 settles. */
  fromAdvanceFen: fen,
  /** Already posted for this month (the entry), or null while still to post. */
  entry: z.object({ id, number: z.string() }).nullable(),
});
export type MonthEndRow = z.infer<typeof MonthEndRow>;

const Totals = z.object({ grossFen: fen, netFen: fen, vatFen: fen, fromAdvanceFen: fen });

/** 月末结转 preview: the month's income per agreement, the rows still to post and their totals. */
export const MonthEndPreview = z.object({
  period: day,
  periodStatus: z.string().nullable(),
  rows: z.array(MonthEndRow),
  toPost: Totals.extend({ count: z.number().int() }),
  posted: Totals.extend({ count: z.number().int() }),
});
export type MonthEndPreview = z.infer<typeof MonthEndPreview>;

/** What a run posted: entries made now (none on a re-run) and their totals. */
export const MonthEndResult = z.object({
  period: day,
  posted: z.number().int(),
  alreadyPosted: z.number().int(),
  totals: Totals,
  message: z.string(),
});
export type MonthEndResult = z.infer<typeof MonthEndResult>;
