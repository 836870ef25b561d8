import type { Knex } from 'knex';

/**
 * Issue 15 item 7: a signed e-contract becomes an order (source 'contract') and goes through the
 * same acceptance and settlement as the online orders. Such an order has no plan and no platform
 * (the signed e-contract is its contract, so it gets no virtual contract either), and its lines
 * may be free text where the negotiation named no catalogue item. A contract order's delivery is
 * reviewed (审核) by the buying unit's head before it can be settled; the review is kept on the
 * delivery. Module purchase-orders owns every table here.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('purchase_orders', (t) => {
    t.text('source').notNullable().defaultTo('mall');
    t.integer('contract_id').unique().references('e_contracts.id').onDelete('RESTRICT');
  });
  await knex.raw(`alter table purchase_orders alter column plan_id drop not null`);
  await knex.raw(`alter table purchase_orders alter column platform drop not null`);
  await knex.raw(
    `alter table purchase_orders add constraint purchase_orders_source_check check (
       (source = 'mall' and plan_id is not null and platform is not null and contract_id is null)
       or (source = 'contract' and contract_id is not null and plan_id is null and platform is null))`,
  );

  await knex.schema.alterTable('purchase_order_lines', (t) => {
    // A free-text line: what the contract names, its specification and unit of measure.
    t.text('description');
    t.text('spec');
    t.text('uom');
  });
  await knex.raw(`alter table purchase_order_lines alter column plan_line_id drop not null`);
  await knex.raw(`alter table purchase_order_lines alter column item_id drop not null`);
  await knex.raw(
    `alter table purchase_order_lines add constraint purchase_order_lines_item_or_text_check check (
       item_id is not null or (length(btrim(coalesce(description, ''))) > 0 and length(btrim(coalesce(uom, ''))) > 0))`,
  );

  await knex.schema.alterTable('purchase_deliveries', (t) => {
    t.integer('reviewed_by').references('users.id').onDelete('SET NULL');
    t.timestamp('reviewed_at', { useTz: true });
  });
  // Reviewed by someone, at some time: who is kept while the user exists (SET NULL after), when always.
  await knex.raw(`alter table purchase_deliveries add constraint purchase_deliveries_reviewed_check check (reviewed_by is null or reviewed_at is not null)`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`alter table purchase_deliveries drop constraint purchase_deliveries_reviewed_check`);
  await knex.schema.alterTable('purchase_deliveries', (t) => {
    t.dropColumn('reviewed_at');
    t.dropColumn('reviewed_by');
  });
  await knex.raw(`alter table purchase_order_lines drop constraint purchase_order_lines_item_or_text_check`);
  // Contract orders cannot stay once the columns that describe them go.
  await knex.raw(`delete from purchase_order_lines where order_id in (select id from purchase_orders where source = 'contract')`);
  await knex.raw(`alter table purchase_order_lines alter column item_id set not null`);
  await knex.raw(`alter table purchase_order_lines alter column plan_line_id set not null`);
  await knex.schema.alterTable('purchase_order_lines', (t) => {
    t.dropColumn('uom');
    t.dropColumn('spec');
    t.dropColumn('description');
  });
  await knex.raw(`alter table purchase_orders drop constraint purchase_orders_source_check`);
  await knex.raw(`delete from purchase_orders where source = 'contract'`);
  await knex.raw(`alter table purchase_orders alter column platform set not null`);
  await knex.raw(`alter table purchase_orders alter column plan_id set not null`);
  await knex.schema.alterTable('purchase_orders', (t) => {
    t.dropColumn('contract_id');
    t.dropColumn('source');
  });
}
