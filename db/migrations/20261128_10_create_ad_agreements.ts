import type { Knex } from 'knex';

/**
 * Ad agreements (广告协议, DOMAIN.md §3): made from an accepted quote, whose prices, discount,
 * rate-card revision and flights are copied here so that later changes to the quote or the
 * rate card never change what was signed. Module ad-agreements owns these tables.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('ad_agreements', (t) => {
    t.increments('id');
    t.text('number').notNullable().unique();
    t.integer('quote_id').notNullable().unique().references('ad_quotes.id').onDelete('RESTRICT');
    // Our signing unit: HQ 电子商务部 or the branch.
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.integer('customer_id').notNullable().references('customers.id').onDelete('RESTRICT');
    t.text('fee_standard').notNullable();
    // Tax-inclusive.
    t.bigInteger('amount_fen').notNullable();
    // The quote as accepted: discount, rate-card revision, lines (kept whole for the record).
    t.jsonb('quote_snapshot').notNullable();
    t.date('starts_on').notNullable();
    t.date('ends_on').notNullable();
    t.text('status')
      .notNullable()
      .defaultTo('draft')
      .checkIn(['draft', 'signed', 'running', 'completed', 'terminated'], 'ad_agreements_status_check');
    t.integer('signed_by').references('users.id').onDelete('SET NULL');
    t.timestamp('signed_at', { useTz: true });
    // Terminated early: the last day that counts; months after it are not recognised.
    t.date('terminated_on');
    t.text('termination_reason');
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['unit_id', 'status']);
    t.index(['customer_id']);
  });
  await knex.raw(`alter table ad_agreements add constraint ad_agreements_amount_check check (amount_fen > 0 and ends_on >= starts_on)`);
  await knex.raw(`alter table ad_agreements add constraint ad_agreements_signed_check check ((status = 'draft') = (signed_at is null))`);
  await knex.raw(
    `alter table ad_agreements add constraint ad_agreements_terminated_check
       check ((status = 'terminated') = (terminated_on is not null and length(btrim(coalesce(termination_reason, ''))) > 0))`,
  );

  // The flights (投放) copied from the quote: income is recognised by the days they run in each month.
  await knex.schema.createTable('ad_agreement_lines', (t) => {
    t.increments('id');
    t.integer('agreement_id').notNullable().references('ad_agreements.id').onDelete('CASCADE');
    t.integer('line_no').notNullable();
    t.integer('slot_id').notNullable().references('ad_slots.id').onDelete('RESTRICT');
    t.date('starts_on').notNullable();
    t.date('ends_on').notNullable();
    t.bigInteger('amount_fen').notNullable();
    t.unique(['agreement_id', 'line_no']);
  });
  await knex.raw(`alter table ad_agreement_lines add constraint ad_agreement_lines_check check (ends_on >= starts_on and amount_fen >= 0)`);

  // 收取时间 and 收取方式: instalments that sum exactly to the agreement's amount (checked by the service in the same transaction).
  await knex.schema.createTable('ad_agreement_instalments', (t) => {
    t.increments('id');
    t.integer('agreement_id').notNullable().references('ad_agreements.id').onDelete('CASCADE');
    t.integer('seq').notNullable();
    t.date('due_on').notNullable();
    t.bigInteger('amount_fen').notNullable();
    t.text('method').notNullable().checkIn(['bank_transfer', 'acceptance_bill', 'cash', 'other'], 'ad_agreement_instalments_method_check');
    t.unique(['agreement_id', 'seq']);
    t.index(['due_on']);
  });
  await knex.raw(`alter table ad_agreement_instalments add constraint ad_agreement_instalments_amount_check check (amount_fen > 0)`);

  // The branch's copies for HQ (contract, invoice, ad materials) and the signed scan; HQ marks each received.
  await knex.schema.createTable('ad_agreement_documents', (t) => {
    t.increments('id');
    t.integer('agreement_id').notNullable().references('ad_agreements.id').onDelete('CASCADE');
    t.text('kind').notNullable().checkIn(['signed_copy', 'contract_copy', 'invoice_copy', 'ad_materials'], 'ad_agreement_documents_kind_check');
    t.integer('attachment_id').references('attachments.id').onDelete('RESTRICT');
    t.integer('sent_by').references('users.id').onDelete('SET NULL');
    t.timestamp('sent_at', { useTz: true });
    t.integer('received_by').references('users.id').onDelete('SET NULL');
    t.timestamp('received_at', { useTz: true });
    t.unique(['agreement_id', 'kind']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['ad_agreement_documents', 'ad_agreement_instalments', 'ad_agreement_lines', 'ad_agreements']) await knex.schema.dropTableIfExists(table);
}
