import type { Knex } from 'knex';

/**
 * The second half of the monthly purchasing cycle (DOMAIN.md §2, step 4–5): orders placed on
 * the malls against an approved plan's lines, the virtual contract (the printed transaction
 * order) the buying unit's head confirms, and acceptance of each delivery with its returns.
 * Module purchase-orders owns every table here. Money is bigint fen, quantities numeric(14,3).
 */
export const PLATFORMS = ['tmall', 'jd', 'amazon', 'suning', 'alibaba', 'taobao', 'yhd', 'other'] as const;

export async function up(knex: Knex): Promise<void> {
  // 网购订单: one order on one platform with one supplier (shop), for one buying unit.
  await knex.schema.createTable('purchase_orders', (t) => {
    t.increments('id');
    t.text('number').notNullable().unique();
    t.integer('unit_id').notNullable().references('units.id').onDelete('RESTRICT');
    t.integer('plan_id').notNullable().references('purchase_plans.id').onDelete('RESTRICT');
    t.text('platform').notNullable().checkIn([...PLATFORMS], 'purchase_orders_platform_check');
    // 其他 needs the platform's name; the seven named ones must not carry one.
    t.text('platform_name');
    t.text('shop').notNullable().defaultTo('');
    t.integer('supplier_id').notNullable().references('suppliers.id').onDelete('RESTRICT');
    // The platform's own order number: unique per platform (per named platform for 其他).
    t.text('platform_order_no').notNullable();
    t.date('ordered_on').notNullable();
    t.bigInteger('goods_fen').notNullable().defaultTo(0);
    t.bigInteger('freight_fen').notNullable().defaultTo(0);
    t.bigInteger('discount_fen').notNullable().defaultTo(0);
    // What was paid on the platform: goods + freight − discount.
    t.bigInteger('total_fen').notNullable().defaultTo(0);
    t.text('status').notNullable().defaultTo('open').checkIn(['open', 'cancelled'], 'purchase_orders_status_check');
    t.text('note').notNullable().defaultTo('');
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['unit_id', 'ordered_on']);
    t.index(['supplier_id']);
  });
  await knex.raw(`create unique index purchase_orders_platform_order_no on purchase_orders (platform, coalesce(platform_name, ''), platform_order_no)`);
  await knex.raw(`alter table purchase_orders add constraint purchase_orders_platform_name_check check ((platform = 'other') = (length(btrim(coalesce(platform_name, ''))) > 0))`);
  await knex.raw(
    `alter table purchase_orders add constraint purchase_orders_money_check
       check (goods_fen >= 0 and freight_fen >= 0 and discount_fen >= 0 and total_fen = goods_fen + freight_fen - discount_fen and total_fen >= 0)`,
  );

  await knex.schema.createTable('purchase_order_lines', (t) => {
    t.increments('id');
    t.integer('order_id').notNullable().references('purchase_orders.id').onDelete('CASCADE');
    t.integer('line_no').notNullable();
    t.integer('plan_line_id').notNullable().references('purchase_plan_lines.id').onDelete('RESTRICT');
    t.integer('item_id').notNullable().references('items.id').onDelete('RESTRICT');
    t.specificType('quantity', 'numeric(14,3)').notNullable();
    t.bigInteger('unit_price_fen').notNullable();
    t.bigInteger('amount_fen').notNullable();
    // The lowest eligible price of the price database for the item and month when ordered, and,
    // when the unit price is more than the tolerance above it, the clerk's written reason.
    t.bigInteger('lowest_price_fen');
    t.text('price_reason');
    t.unique(['order_id', 'line_no']);
    t.index(['plan_line_id']);
  });
  await knex.raw(`alter table purchase_order_lines add constraint purchase_order_lines_values_check check (quantity > 0 and unit_price_fen > 0 and amount_fen >= 0)`);

  // 虚拟合同: the printed transaction order of one order; the buying unit's head confirms it
  // through the approvals engine (document type virtual_contract) or returns it.
  await knex.schema.createTable('virtual_contracts', (t) => {
    t.increments('id');
    t.text('number').notNullable().unique();
    t.integer('order_id').notNullable().unique().references('purchase_orders.id').onDelete('RESTRICT');
    t.text('status')
      .notNullable()
      .defaultTo('draft')
      .checkIn(['draft', 'submitted', 'confirmed', 'returned'], 'virtual_contracts_status_check');
    t.integer('confirmed_by').references('users.id').onDelete('SET NULL');
    t.timestamp('confirmed_at', { useTz: true });
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw(`alter table virtual_contracts add constraint virtual_contracts_confirmed_check check ((status = 'confirmed') = (confirmed_at is not null))`);

  // 到货验收: one delivery of an order; partial deliveries add up to at most what was ordered.
  await knex.schema.createTable('purchase_deliveries', (t) => {
    t.increments('id');
    t.text('number').notNullable().unique();
    t.integer('order_id').notNullable().references('purchase_orders.id').onDelete('RESTRICT');
    t.date('received_on').notNullable();
    t.text('receiver').notNullable();
    t.text('note').notNullable().defaultTo('');
    t.integer('recorded_by').references('users.id').onDelete('SET NULL');
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['order_id']);
  });

  await knex.schema.createTable('purchase_delivery_lines', (t) => {
    t.increments('id');
    t.integer('delivery_id').notNullable().references('purchase_deliveries.id').onDelete('CASCADE');
    t.integer('order_line_id').notNullable().references('purchase_order_lines.id').onDelete('RESTRICT');
    t.specificType('received_qty', 'numeric(14,3)').notNullable();
    t.specificType('accepted_qty', 'numeric(14,3)').notNullable();
    t.specificType('rejected_qty', 'numeric(14,3)').notNullable();
    t.text('rejection_reason');
    t.unique(['delivery_id', 'order_line_id']);
    t.index(['order_line_id']);
  });
  await knex.raw(
    `alter table purchase_delivery_lines add constraint purchase_delivery_lines_qty_check
       check (received_qty > 0 and accepted_qty >= 0 and rejected_qty >= 0 and accepted_qty + rejected_qty = received_qty)`,
  );
  await knex.raw(
    `alter table purchase_delivery_lines add constraint purchase_delivery_lines_reason_check
       check (rejected_qty = 0 or length(btrim(coalesce(rejection_reason, ''))) > 0)`,
  );

  // 退货: rejected goods going back, with the refund expected from the supplier.
  await knex.schema.createTable('purchase_returns', (t) => {
    t.increments('id');
    t.integer('delivery_line_id').notNullable().unique().references('purchase_delivery_lines.id').onDelete('RESTRICT');
    t.integer('order_id').notNullable().references('purchase_orders.id').onDelete('RESTRICT');
    t.specificType('quantity', 'numeric(14,3)').notNullable();
    t.bigInteger('refund_fen').notNullable();
    t.text('status').notNullable().defaultTo('expected').checkIn(['expected', 'refunded'], 'purchase_returns_status_check');
    t.date('refunded_on');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['order_id']);
  });
  await knex.raw(`alter table purchase_returns add constraint purchase_returns_values_check check (quantity > 0 and refund_fen >= 0)`);
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['purchase_returns', 'purchase_delivery_lines', 'purchase_deliveries', 'virtual_contracts', 'purchase_order_lines', 'purchase_orders']) {
    await knex.schema.dropTableIfExists(table);
  }
}
