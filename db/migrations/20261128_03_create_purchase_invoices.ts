import type { Knex } from 'knex';

/**
 * Invoices for orders, signed for by the clerk and handed over to finance in batches
 * (发票签收及交接, DOMAIN.md §2 step 7; module purchase-invoices owns these tables).
 */
export async function up(knex: Knex): Promise<void> {
  // 交接单: a batch of invoices the clerk hands to finance; once finance confirms, its invoices are locked.
  await knex.schema.createTable('invoice_handovers', (t) => {
    t.increments('id');
    t.text('number').notNullable().unique();
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.text('status').notNullable().defaultTo('sent').checkIn(['sent', 'confirmed'], 'invoice_handovers_status_check');
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.integer('confirmed_by').references('users.id').onDelete('SET NULL');
    t.timestamp('confirmed_at', { useTz: true });
    t.integer('version').notNullable().defaultTo(1);
  });
  await knex.raw(`alter table invoice_handovers add constraint invoice_handovers_confirmed_check check ((status = 'confirmed') = (confirmed_at is not null))`);

  await knex.schema.createTable('purchase_invoices', (t) => {
    t.increments('id');
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.text('kind').notNullable().checkIn(['ordinary', 'vat_special'], 'purchase_invoices_kind_check');
    // 发票代码 + 发票号码, or a fully digital invoice's 20-digit number with no code ('').
    t.text('code').notNullable().defaultTo('');
    t.text('invoice_no').notNullable();
    t.date('issued_on').notNullable();
    t.text('header').notNullable();
    t.text('seller_name').notNullable();
    t.text('seller_tax_id').notNullable();
    // What the invoice says of the buyer (required on a VAT special invoice).
    t.text('buyer_tax_id');
    t.text('buyer_address');
    t.text('buyer_phone');
    t.text('buyer_bank');
    t.text('buyer_account');
    t.bigInteger('amount_fen').notNullable();
    t.integer('tax_rate_bp').notNullable();
    t.bigInteger('tax_fen').notNullable();
    t.bigInteger('total_fen').notNullable();
    t.integer('signed_by').references('users.id').onDelete('SET NULL');
    t.timestamp('signed_at', { useTz: true });
    t.integer('handover_id').references('invoice_handovers.id').onDelete('RESTRICT');
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // The same invoice cannot be recorded twice.
    t.unique(['code', 'invoice_no']);
    t.index(['unit_id', 'issued_on']);
    t.index(['handover_id']);
  });
  await knex.raw(
    `alter table purchase_invoices add constraint purchase_invoices_money_check
       check (amount_fen >= 0 and tax_fen >= 0 and total_fen = amount_fen + tax_fen and tax_rate_bp between 0 and 10000)`,
  );
  await knex.raw(
    `alter table purchase_invoices add constraint purchase_invoices_vat_special_check check (
       kind = 'ordinary' or (buyer_tax_id is not null and buyer_address is not null and buyer_phone is not null
                             and buyer_bank is not null and buyer_account is not null))`,
  );

  // Which orders an invoice covers, and how much of its total goes to each.
  await knex.schema.createTable('purchase_invoice_orders', (t) => {
    t.integer('invoice_id').notNullable().references('purchase_invoices.id').onDelete('CASCADE');
    t.integer('order_id').notNullable().references('purchase_orders.id').onDelete('RESTRICT');
    t.bigInteger('amount_fen').notNullable();
    t.primary(['invoice_id', 'order_id']);
    t.index(['order_id']);
  });
  await knex.raw(`alter table purchase_invoice_orders add constraint purchase_invoice_orders_amount_check check (amount_fen > 0)`);
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['purchase_invoice_orders', 'purchase_invoices', 'invoice_handovers']) await knex.schema.dropTableIfExists(table);
}
