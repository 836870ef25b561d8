import { z } from 'zod';
import { ACCOUNT_CODE, JOURNAL_KINDS } from '@portal/domain';
import { dbId, isoDay, listQuery, queryId } from '../../http/validate';

/** A month as YYYY-MM or its first day YYYY-MM-01; always its first day after parsing. */
export const periodValue = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-01)?$/, 'journal.badPeriod')
  .transform((s) => `${s.slice(0, 7)}-01`);

const reason = z.string().trim().min(1, 'journal.reasonRequired').max(500);
const fenAmount = z.number().int().min(0).max(999_999_999_999_99);

export const journalQuery = z.object({
  ...listQuery,
  period: periodValue.optional(),
  account: z.string().regex(ACCOUNT_CODE, 'journal.badAccount').optional(),
  unit: queryId.optional(),
  customer: queryId.optional(),
  agreement: queryId.optional(),
  kind: z.enum(JOURNAL_KINDS).optional(),
});

const line = z.object({
  accountCode: z.string().regex(ACCOUNT_CODE, 'journal.badAccount'),
  debitFen: fenAmount.optional(),
  creditFen: fenAmount.optional(),
  unitId: dbId.nullable().optional(),
  customerId: dbId.nullable().optional(),
  agreementId: dbId.nullable().optional(),
  memo: z.string().trim().max(200).optional(),
});

/** A manual entry (手工凭证) by finance: always with a reason. */
export const manualEntryBody = z.object({
  entryDate: isoDay,
  memo: z.string().trim().min(1, 'journal.memoRequired').max(200),
  reason,
  lines: z.array(line).min(2, 'journal.twoLines').max(200),
});

export const reverseBody = z.object({ reason, entryDate: isoDay.optional() });

export type JournalQuery = z.output<typeof journalQuery>;
export type ManualEntryInput = z.output<typeof manualEntryBody>;
export type ReverseInput = z.output<typeof reverseBody>;
