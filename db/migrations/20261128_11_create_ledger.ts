import type { Knex } from 'knex';

/**
 * The ad revenue ledger (DOMAIN.md §3, Accounting): the chart of accounts (module accounts),
 * accounting periods (module periods) and the journal (module journal). The journal's
 * guarantees are the database's, not only the code's: every entry balances at commit, no
 * entry or line is ever updated or deleted, nothing posts into a closed or locked period, and
 * a reversal mirrors its original and happens once.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('accounts', (t) => {
    t.text('code').primary();
    t.text('name').notNullable();
    t.text('name_en');
    t.text('parent_code').references('accounts.code').onDelete('RESTRICT');
    // Which side increases it: assets debit; liabilities and income credit.
    t.text('normal_side').notNullable().checkIn(['debit', 'credit'], 'accounts_normal_side_check');
    t.boolean('active').notNullable().defaultTo(true);
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw(`alter table accounts add constraint accounts_code_check check (code ~ '^[0-9]{4}(\\.[0-9]{2})*$')`);

  // A month: open → closed (may be reopened by finance with a reason) → locked (final).
  await knex.schema.createTable('accounting_periods', (t) => {
    t.date('period').primary();
    t.text('status').notNullable().defaultTo('open').checkIn(['open', 'closed', 'locked'], 'accounting_periods_status_check');
    t.integer('closed_by').references('users.id').onDelete('SET NULL');
    t.timestamp('closed_at', { useTz: true });
    t.integer('version').notNullable().defaultTo(1);
  });
  await knex.raw(`alter table accounting_periods add constraint accounting_periods_month_check check (extract(day from period) = 1)`);

  // 记账凭证
  await knex.schema.createTable('journal_entries', (t) => {
    t.bigIncrements('id');
    t.text('number').notNullable().unique();
    t.date('period').notNullable().references('accounting_periods.period').onDelete('RESTRICT');
    t.date('entry_date').notNullable();
    t.text('kind').notNullable().checkIn(['manual', 'recognition', 'collection', 'reversal'], 'journal_entries_kind_check');
    t.text('memo').notNullable();
    // The document that caused it, e.g. ('ad_agreement', 12) or ('collection', 5).
    t.text('source_type');
    t.bigInteger('source_id');
    // A manual entry's and a reversal's required reason.
    t.text('reason');
    t.bigInteger('reverses_id').unique().references('journal_entries.id').onDelete('RESTRICT');
    t.integer('posted_by').references('users.id').onDelete('RESTRICT');
    t.timestamp('posted_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['period']);
    t.index(['source_type', 'source_id']);
  });

  await knex.schema.createTable('journal_lines', (t) => {
    t.bigIncrements('id');
    t.bigInteger('entry_id').notNullable().references('journal_entries.id').onDelete('RESTRICT');
    t.integer('line_no').notNullable();
    t.text('account_code').notNullable().references('accounts.code').onDelete('RESTRICT');
    t.bigInteger('debit_fen').notNullable().defaultTo(0);
    t.bigInteger('credit_fen').notNullable().defaultTo(0);
    // Dimensions.
    t.integer('unit_id').references('units.id').onDelete('RESTRICT');
    t.integer('customer_id').references('customers.id').onDelete('RESTRICT');
    t.integer('agreement_id').references('ad_agreements.id').onDelete('RESTRICT');
    t.text('memo').notNullable().defaultTo('');
    t.unique(['entry_id', 'line_no']);
    t.index(['account_code', 'entry_id']);
    t.index(['customer_id']);
    t.index(['agreement_id']);
  });
  await knex.raw(
    `alter table journal_lines add constraint journal_lines_side_check
       check (debit_fen >= 0 and credit_fen >= 0 and (debit_fen = 0) <> (credit_fen = 0))`,
  );
  // The database guarantees (balanced at commit, never updated or deleted, no posting into a closed
  // or locked period, leaf accounts only, a reversal mirrors its original once) follow in this file.
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['journal_lines', 'journal_entries', 'accounting_periods', 'accounts']) await knex.schema.dropTableIfExists(table);
}
