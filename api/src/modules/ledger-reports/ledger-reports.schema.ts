import { z } from 'zod';
import { periodOf } from '@portal/domain';
import { isoDay, listQuery, queryId } from '../../http/validate';

/** A month as the month picker sends it (YYYY-MM) or its first day; kept as the first day, as periods are. */
const period = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-01)?$/, 'ledgerReports.badPeriod')
  .refine((s) => !s.startsWith('0000'), 'ledgerReports.badPeriod')
  .transform(periodOf);

const format = z.enum(['json', 'xlsx']).default('json');
const filters = { unit: queryId.optional(), customer: queryId.optional(), format };

export const trialBalanceQuery = z.object({ period, ...filters });

export const generalLedgerQuery = z.object({
  account: z.string().trim().regex(/^[0-9]{4}(\.[0-9]{2})*$/, 'ledgerReports.badAccount'),
  from: isoDay,
  to: isoDay,
  page: listQuery.page,
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
  ...filters,
});

export const receivablesQuery = z.object({ asOf: isoDay.optional(), ...filters });

export const agreementsQuery = z.object({
  q: listQuery.q,
  page: listQuery.page,
  pageSize: listQuery.pageSize,
  status: z.enum(['draft', 'signed', 'running', 'completed', 'terminated']).optional(),
  ...filters,
});

export const incomeQuery = z.object({ from: period, to: period, ...filters });

export type TrialBalanceQuery = z.output<typeof trialBalanceQuery>;
export type GeneralLedgerQuery = z.output<typeof generalLedgerQuery>;
export type ReceivablesQuery = z.output<typeof receivablesQuery>;
export type AgreementsQuery = z.output<typeof agreementsQuery>;
export type IncomeQuery = z.output<typeof incomeQuery>;
