import type { Knex } from 'knex';

/**
 * Collections from customers (收款, module collections) and the record of each month's income
 * recognised per agreement (module income-recognition), which makes the month-end run
 * idempotent: one row per agreement and period, whoever runs it twice at once.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('collections', (t) => {
    t.increments('id');
    t.text('number').notNullable().unique();
    t.integer('customer_id').notNullable().references('customers.id').onDelete('RESTRICT');
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.date('received_on').notNullable();
    t.bigInteger('amount_fen').notNullable();
    t.text('method').notNullable().checkIn(['bank_transfer', 'acceptance_bill', 'cash', 'other'], 'collections_method_check');
    t.text('bank_ref').notNullable().defaultTo('');
    // Of the amount, what went to 预收账款 because more was received than owed.
    t.bigInteger('advance_fen').notNullable().defaultTo(0);
    t.bigInteger('entry_id').notNullable().unique().references('journal_entries.id').onDelete('RESTRICT');
    t.integer('recorded_by').references('users.id').onDelete('SET NULL');
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['customer_id']);
  });
  await knex.raw(`alter table collections add constraint collections_amount_check check (amount_fen > 0 and advance_fen between 0 and amount_fen)`);

  // Which instalments a collection settles (oldest first, or as the user allocated it).
  await knex.schema.createTable('collection_allocations', (t) => {
    t.integer('collection_id').notNullable().references('collections.id').onDelete('RESTRICT');
    t.integer('instalment_id').notNullable().references('ad_agreement_instalments.id').onDelete('RESTRICT');
    t.bigInteger('amount_fen').notNullable();
    t.primary(['collection_id', 'instalment_id']);
    t.index(['instalment_id']);
  });
  await knex.raw(`alter table collection_allocations add constraint collection_allocations_amount_check check (amount_fen > 0)`);

  await knex.schema.createTable('income_recognitions', (t) => {
    t.integer('agreement_id').notNullable().references('ad_agreements.id').onDelete('RESTRICT');
    t.date('period').notNullable();
    t.bigInteger('gross_fen').notNullable();
    t.bigInteger('net_fen').notNullable();
    t.bigInteger('vat_fen').notNullable();
    // Of the gross, what was settled from the customer's 预收账款.
    t.bigInteger('from_advance_fen').notNullable().defaultTo(0);
    t.bigInteger('entry_id').notNullable().unique().references('journal_entries.id').onDelete('RESTRICT');
    t.timestamp('recognised_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['agreement_id', 'period']);
    t.index(['period']);
  });
  await knex.raw(`alter table income_recognitions add constraint income_recognitions_split_check check (gross_fen = net_fen + vat_fen and net_fen >= 0 and vat_fen >= 0)`);
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['income_recognitions', 'collection_allocations', 'collections']) await knex.schema.dropTableIfExists(table);
}
