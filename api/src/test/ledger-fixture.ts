import type { Knex } from 'knex';

/** The chart the revenue ledger posts to (收入、应收、预收、销项税), down to the leaves the reports read. */
const CHART: [string, string, string | null, 'debit' | 'credit'][] = [
  ['1002', '银行存款', null, 'debit'],
  ['1122', '应收账款', null, 'debit'],
  ['2203', '预收账款', null, 'credit'],
  ['2221', '应交税费', null, 'credit'],
  ['2221.01', '应交税费—应交增值税(销项税额)', '2221', 'credit'],
  ['6051', '其他业务收入', null, 'credit'],
  ['6051.01', '市场推广费收入', '6051', 'credit'],
  ['6051.01.01', '网络广告收入', '6051.01', 'credit'],
  ['6051.01.02', '广告位收入', '6051.01', 'credit'],
];

/** Adds the chart's accounts, keeping those already there: the data the reports' tests and bench start from. */
export async function addLedgerAccounts(db: Knex): Promise<void> {
  for (const [code, name, parent, side] of CHART) await db('accounts').insert({ code, name, parent_code: parent, normal_side: side }).onConflict('code').ignore();
}
