import type { Knex } from 'knex';

// One counter for every numbered document (ad quotes today; purchase plans, orders and
// vouchers next): a row per document type, unit and period, bumped in the document's own
// transaction (api/src/modules/numbering). Ad quotes' own counter table moves onto it.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('document_counters', (t) => {
    t.text('document_type').notNullable();
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    // 'YYYY-MM' for monthly numbers, 'YYYY' for yearly, '' for a number that never restarts.
    t.text('period').notNullable();
    t.integer('last_seq').notNullable();
    t.primary(['document_type', 'unit_id', 'period']);
  });
  await knex.raw(`alter table document_counters add constraint document_counters_last_seq_check check (last_seq > 0)`);
  await knex.raw(
    `insert into document_counters (document_type, unit_id, period, last_seq)
     select 'ad_quote', unit_id, month, last_seq from ad_quote_counters`,
  );
  await knex.schema.dropTable('ad_quote_counters');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.createTable('ad_quote_counters', (t) => {
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.text('month').notNullable();
    t.integer('last_seq').notNullable();
    t.primary(['unit_id', 'month']);
  });
  await knex.raw(
    `insert into ad_quote_counters (unit_id, month, last_seq)
     select unit_id, period, last_seq from document_counters where document_type = 'ad_quote'`,
  );
  await knex.schema.dropTable('document_counters');
}
