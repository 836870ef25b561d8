import type { Knex } from 'knex';

/**
 * The trial balance of the open month adds up its lines by account (ledger-reports' trialSums,
 * over journal-reads' journalLineFiguresView: period, account, debit, credit, unit, customer). The
 * (period, account_code) index found the month's lines but every one was then read from the table,
 * where a month's lines lie among all the others' (a million lines: most of the table's pages).
 * This index carries the figures the sum needs, so the month is read from the index alone
 * (index-only scan); it replaces the (period, account_code) index, whose every use it serves.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    'create index journal_lines_period_figures_index on journal_lines (period, account_code) include (debit_fen, credit_fen, unit_id, customer_id)',
  );
  await knex.raw('drop index journal_lines_period_account_index');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('create index journal_lines_period_account_index on journal_lines (period, account_code)');
  await knex.raw('drop index if exists journal_lines_period_figures_index');
}
