import type { Knex } from 'knex';

/**
 * A cache the ledger's reports keep (module ledger-reports) so a trial balance need not add up
 * every line since the ledger began: for each month of the closed run at the start of the ledger,
 * the cumulative debits and credits up to its end, per account, unit and customer. A closed month
 * takes no postings (the journal's trigger), so its figures hold until it is reopened; each cached
 * month carries a stamp of its own and every earlier month's closing, and a report rebuilds from
 * the first month whose stamp no longer matches. Deleting every row is always safe: the cache is
 * rebuilt from the journal on the next report.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('ledger_balance_periods', (t) => {
    t.date('period').primary();
    // A digest of this month's and every earlier month's closing (closed_at), in order.
    t.text('stamp').notNullable();
    t.timestamp('built_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('ledger_balances', (t) => {
    t.date('period').notNullable().references('ledger_balance_periods.period').onDelete('CASCADE');
    t.text('account_code').notNullable();
    t.integer('unit_id');
    t.integer('customer_id');
    // From the first month through the end of `period`.
    t.bigInteger('debit_fen').notNullable();
    t.bigInteger('credit_fen').notNullable();
    t.index(['period', 'account_code']);
    t.index(['period', 'customer_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('ledger_balances');
  await knex.schema.dropTableIfExists('ledger_balance_periods');
}
