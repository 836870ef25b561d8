import { z } from 'zod';
import { JOURNAL_KINDS, NORMAL_SIDES, PERIOD_STATUSES } from '../journal';
import { day, fen, id, page, PersonRef, timestamp } from './common';

/** A 会计科目 of the chart; `leaf` says whether it takes postings (it has no sub-accounts). */
export const Account = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  parentCode: z.string().nullable(),
  normalSide: z.enum(NORMAL_SIDES),
  active: z.boolean(),
  leaf: z.boolean(),
  /** Whether any line is posted to it (then it can get no sub-accounts). */
  posted: z.boolean(),
});
export type Account = z.infer<typeof Account>;

export const AccountList = z.object({ items: z.array(Account) });
export type AccountList = z.infer<typeof AccountList>;

/** A 会计期间 (a month, its first day) with its status and how much was posted into it. */
export const AccountingPeriod = z.object({
  period: day,
  status: z.enum(PERIOD_STATUSES),
  closedAt: timestamp.nullable(),
  closedBy: PersonRef.nullable(),
  version: z.number().int(),
  entries: z.number().int(),
});
export type AccountingPeriod = z.infer<typeof AccountingPeriod>;

export const AccountingPeriodList = z.object({ items: z.array(AccountingPeriod) });
export type AccountingPeriodList = z.infer<typeof AccountingPeriodList>;

const Named = z.object({ id, name: z.string() }).nullable();

/** One line of a voucher: an account, a debit or a credit in fen, and its dimensions. */
export const JournalLine = z.object({
  lineNo: z.number().int(),
  accountCode: z.string(),
  accountName: z.string(),
  debitFen: fen,
  creditFen: fen,
  unit: Named,
  customer: Named,
  agreement: z.object({ id, number: z.string() }).nullable(),
  memo: z.string(),
});
export type JournalLine = z.infer<typeof JournalLine>;

/** A 记账凭证 as the list shows it. */
export const JournalEntrySummary = z.object({
  id,
  number: z.string(),
  period: day,
  entryDate: day,
  kind: z.enum(JOURNAL_KINDS),
  memo: z.string(),
  totalFen: fen,
  reversesId: id.nullable(),
  reversedById: id.nullable(),
  postedBy: PersonRef.nullable(),
  postedAt: timestamp,
});
export type JournalEntrySummary = z.infer<typeof JournalEntrySummary>;

export const JournalEntryList = page(JournalEntrySummary);
export type JournalEntryList = z.infer<typeof JournalEntryList>;

/** A 记账凭证 with its lines, source and reversal links. */
export const JournalEntry = JournalEntrySummary.extend({
  sourceType: z.string().nullable(),
  sourceId: z.number().int().nullable(),
  reason: z.string().nullable(),
  reverses: z.object({ id, number: z.string() }).nullable(),
  reversedBy: z.object({ id, number: z.string() }).nullable(),
  totalInWords: z.string(),
  lines: z.array(JournalLine),
});
export type JournalEntry = z.infer<typeof JournalEntry>;
