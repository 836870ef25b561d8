import { AgreementsReport, GeneralLedger, IncomeReport, Receivables, ReportOptions, TrialBalance } from '@portal/domain/contracts';
import { LEDGER_REPORT_ROLES } from '@portal/domain';
import type { Response } from 'express';
import type { z } from 'zod';
import type { Db } from '../../db/knex';
import type { Lang } from '../../http/lang';
import { route } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { agreementsQuery, generalLedgerQuery, incomeQuery, receivablesQuery, trialBalanceQuery } from './ledger-reports.schema';
import * as reports from './ledger-reports.service';
import * as xlsx from './ledger-reports.xlsx';

// 财务报表: read-only figures from the journal. Finance, leaders, the HQ centre GM and audit read
// every unit; a branch's GM, e-commerce clerk and marketers read their branch's lines only.
// Each answers JSON, or with ?format=xlsx the same report as a workbook streamed as it is built.
function report<Q extends z.ZodType<{ format?: string }>>(
  name: string,
  r: {
    response: z.ZodType;
    summary: string;
    query: Q;
    json: (db: Db, user: SessionUser, lang: Lang, q: z.output<Q>) => Promise<unknown>;
    xlsx: (db: Db, res: Response, user: SessionUser, lang: Lang, q: z.output<Q>) => Promise<void>;
  },
) {
  return route({
    method: 'get',
    path: `/ledger-reports/${name}`,
    allow: LEDGER_REPORT_ROLES,
    response: r.response,
    summary: r.summary,
    query: r.query,
    handle: ({ db, res, user, lang, query }) => {
      const q = query as z.output<Q>;
      return q.format === 'xlsx' ? r.xlsx(db, res, user, lang, q) : r.json(db, user, lang, q);
    },
  });
}

export const ledgerReportsRoutes = [
  route({
    method: 'get',
    path: '/ledger-reports/options',
    allow: LEDGER_REPORT_ROLES,
    response: ReportOptions,
    summary: "The filters' choices: HQ and the branches the reader may read, and their agreements' customers",
    handle: ({ db, user, lang }) => reports.options(db, user, lang),
  }),
  report('trial-balance', {
    response: TrialBalance,
    summary: '科目余额表 of a period (?period=YYYY-MM&unit&customer&format=xlsx): opening, movements, closing, parents rolled up; totals prove debits = credits',
    query: trialBalanceQuery,
    json: (db, user, _lang, q) => reports.trialBalance(db, user, q),
    xlsx: xlsx.trialBalanceXlsx,
  }),
  report('general-ledger', {
    response: GeneralLedger,
    summary: "明细账 of an account and those under it (?account&from&to&unit&customer&page&pageSize&format=xlsx): lines with the balance each leaves",
    query: generalLedgerQuery,
    json: reports.generalLedger,
    xlsx: xlsx.generalLedgerXlsx,
  }),
  report('receivables', {
    response: Receivables,
    summary: '应收账款账龄 (?asOf&unit&customer&format=xlsx): per customer, instalments owed less collections, aged from the due date',
    query: receivablesQuery,
    json: (db, user, _lang, q) => reports.receivables(db, user, q),
    xlsx: xlsx.receivablesXlsx,
  }),
  report('agreements', {
    response: AgreementsReport,
    summary: 'Agreements with amount, recognised, collected and outstanding (?q&status&unit&customer&page&pageSize&format=xlsx)',
    query: agreementsQuery,
    json: reports.agreements,
    xlsx: xlsx.agreementsXlsx,
  }),
  report('income', {
    response: IncomeReport,
    summary: 'Income net of VAT by month × unit and by customer (?from=YYYY-MM&to=YYYY-MM&unit&customer&format=xlsx)',
    query: incomeQuery,
    json: reports.income,
    xlsx: xlsx.incomeXlsx,
  }),
];
