import { AgreementsReport, GeneralLedger, IncomeReport, Receivables, ReportOptions, TrialBalance } from '@portal/domain/contracts';
import { LEDGER_REPORT_ROLES } from '@portal/domain';
import { route } from '../../http/route';
import { agreementsQuery, generalLedgerQuery, incomeQuery, receivablesQuery, trialBalanceQuery } from './ledger-reports.schema';
import * as reports from './ledger-reports.service';
import * as xlsx from './ledger-reports.xlsx';

// 财务报表: read-only figures from the journal. Finance, leaders, the HQ centre GM and audit read
// every unit; a branch's GM, e-commerce clerk and marketers read their branch's lines only.
// Each answers JSON, or with ?format=xlsx the same report as a workbook streamed as it is built.
export const ledgerReportsRoutes = [
  route({
    method: 'get',
    path: '/ledger-reports/options',
    allow: LEDGER_REPORT_ROLES,
    response: ReportOptions,
    summary: "The filters' choices: HQ and the branches the reader may read, and their agreements' customers",
    handle: ({ db, user, lang }) => reports.options(db, user, lang),
  }),
  route({
    method: 'get',
    path: '/ledger-reports/trial-balance',
    allow: LEDGER_REPORT_ROLES,
    response: TrialBalance,
    summary: '科目余额表 of a period (?period=YYYY-MM&unit&customer&format=xlsx): opening, movements, closing, parents rolled up; totals prove debits = credits',
    query: trialBalanceQuery,
    handle: ({ db, res, user, lang, query }) =>
      query.format === 'xlsx' ? xlsx.trialBalanceXlsx(db, res, user, lang, query) : reports.trialBalance(db, user, query),
  }),
  route({
    method: 'get',
    path: '/ledger-reports/general-ledger',
    allow: LEDGER_REPORT_ROLES,
    response: GeneralLedger,
    summary: "明细账 of an account and those under it (?account&from&to&unit&customer&page&pageSize&format=xlsx): lines with the balance each leaves",
    query: generalLedgerQuery,
    handle: ({ db, res, user, lang, query }) =>
      query.format === 'xlsx' ? xlsx.generalLedgerXlsx(db, res, user, lang, query) : reports.generalLedger(db, user, lang, query),
  }),
  route({
    method: 'get',
    path: '/ledger-reports/receivables',
    allow: LEDGER_REPORT_ROLES,
    response: Receivables,
    summary: '应收账款账龄 (?asOf&unit&customer&format=xlsx): per customer, instalments owed less collections, aged from the due date',
    query: receivablesQuery,
    handle: ({ db, res, user, lang, query }) =>
      query.format === 'xlsx' ? xlsx.receivablesXlsx(db, res, user, lang, query) : reports.receivables(db, user, query),
  }),
  route({
    method: 'get',
    path: '/ledger-reports/agreements',
    allow: LEDGER_REPORT_ROLES,
    response: AgreementsReport,
    summary: 'Agreements with amount, recognised, collected and outstanding (?q&status&unit&customer&page&pageSize&format=xlsx)',
    query: agreementsQuery,
    handle: ({ db, res, user, lang, query }) =>
      query.format === 'xlsx' ? xlsx.agreementsXlsx(db, res, user, lang, query) : reports.agreements(db, user, lang, query),
  }),
  route({
    method: 'get',
    path: '/ledger-reports/income',
    allow: LEDGER_REPORT_ROLES,
    response: IncomeReport,
    summary: 'Income net of VAT by month × unit and by customer (?from=YYYY-MM&to=YYYY-MM&unit&customer&format=xlsx)',
    query: incomeQuery,
    handle: ({ db, res, user, lang, query }) => (query.format === 'xlsx' ? xlsx.incomeXlsx(db, res, user, lang, query) : reports.income(db, user, lang, query)),
  }),
];
