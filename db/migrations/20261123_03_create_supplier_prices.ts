import type { Knex } from 'knex';

// The supplier price database (网络电商数据库, DOMAIN.md §2). Lists mirror
// domain/src/supplier-prices.ts so the database refuses what the rules do not know.
const CATEGORIES: Record<string, string[]> = {
  OFFICE: ['office_supplies', 'consumables', 'low_value_consumables', 'logistics_supplies'],
  SUPPLY: ['production_auxiliaries', 'electrical_hardware'],
};
const PLATFORMS = ['tmall', 'jd', 'amazon', 'suning', 'alibaba', 'taobao', 'yhd', 'other'];
const PENALTY_KINDS = ['violation', 'rectified', 'rectification_ignored'];

const list = (xs: string[]) => xs.map((x) => `'${x}'`).join(', ');

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('items', (t) => {
    t.increments('id');
    t.text('code').notNullable().unique();
    t.text('name').notNullable();
    t.text('spec').notNullable().defaultTo('');
    t.text('uom').notNullable();
    t.text('category').notNullable();
    t.text('buying_unit').notNullable().checkIn(Object.keys(CATEGORIES), 'items_buying_unit_check');
    t.integer('stock_on_hand').notNullable().defaultTo(0);
    t.integer('reorder_level').notNullable().defaultTo(0);
    t.boolean('active').notNullable().defaultTo(true);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['buying_unit', 'category']);
  });
  const pairs = Object.entries(CATEGORIES).map(([unit, cats]) => `(buying_unit = '${unit}' and category in (${list(cats)}))`);
  await knex.raw(`alter table items add constraint items_category_of_unit check (${pairs.join(' or ')})`);
  await knex.raw(`alter table items add constraint items_quantities_check check (stock_on_hand >= 0 and reorder_level >= 0)`);

  await knex.schema.createTable('suppliers', (t) => {
    t.increments('id');
    t.text('platform').notNullable().checkIn(PLATFORMS, 'suppliers_platform_check');
    t.text('shop_name').notNullable();
    t.text('shop_url').notNullable().defaultTo('');
    t.text('contact').notNullable().defaultTo('');
    t.text('note').notNullable().defaultTo('');
    // Switched off by the clerk (shop closed, no longer used); discipline standing is derived from violations.
    t.boolean('active').notNullable().defaultTo(true);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  // Imports name a supplier by platform + shop name, so that pair must be unique as a person reads it.
  await knex.raw(`create unique index suppliers_platform_shop on suppliers (platform, lower(shop_name))`);

  // Penalty events are history: the year's total and the standing are derived from their dates.
  await knex.schema.createTable('supplier_violations', (t) => {
    t.increments('id');
    t.integer('supplier_id').notNullable().references('suppliers.id').onDelete('RESTRICT');
    t.text('kind').notNullable().checkIn(PENALTY_KINDS, 'supplier_violations_kind_check');
    t.integer('points').notNullable();
    t.text('reason').notNullable();
    t.date('occurred_on').notNullable();
    t.date('rectify_by');
    t.integer('recorded_by').references('users.id').onDelete('SET NULL');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['supplier_id', 'occurred_on']);
  });
  await knex.raw(`alter table supplier_violations add constraint supplier_violations_points_check check (points between 1 and 100)`);

  await knex.schema.createTable('price_observations', (t) => {
    t.bigIncrements('id');
    t.integer('item_id').notNullable().references('items.id').onDelete('RESTRICT');
    t.integer('supplier_id').notNullable().references('suppliers.id').onDelete('RESTRICT');
    t.bigInteger('price_fen').notNullable();
    t.date('observed_on').notNullable();
    t.text('url').notNullable().defaultTo('');
    t.boolean('in_stock').notNullable().defaultTo(true);
    t.text('note').notNullable().defaultTo('');
    t.integer('recorded_by').references('users.id').onDelete('SET NULL');
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // A correction is a new row pointing at the one it replaces; the old row keeps its values.
    t.bigInteger('supersedes_id').references('price_observations.id').onDelete('RESTRICT');
    t.text('correction_reason');
    t.bigInteger('superseded_by').references('price_observations.id').onDelete('RESTRICT');
    t.uuid('import_id');
  });
  await knex.raw(`alter table price_observations add constraint price_observations_price_check check (price_fen > 0)`);
  await knex.raw(
    `alter table price_observations add constraint price_observations_correction_check
       check ((supersedes_id is null) = (correction_reason is null))`,
  );
  // One observation can be superseded only once: the history is a chain, never a fork.
  await knex.raw(`create unique index price_observations_supersedes on price_observations (supersedes_id) where supersedes_id is not null`);
  // Current rows only: the matrix, history, alerts and lowest-price queries never look at superseded ones.
  await knex.raw(
    `create index price_observations_current_item on price_observations (item_id, observed_on)
       include (supplier_id, price_fen, in_stock) where superseded_by is null`,
  );
  await knex.raw(
    `create index price_observations_current_day on price_observations (observed_on, item_id, supplier_id)
       include (price_fen) where superseded_by is null`,
  );
  await knex.raw(`create index price_observations_supplier on price_observations (supplier_id)`);

  // The database keeps the history honest too: a row's values never change and rows are never
  // deleted; the only update allowed is marking a current row as superseded by its correction.
  await knex.raw(`
    create function price_observations_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'price observations are history and cannot be deleted' using errcode = '23514';
      end if;
      if old.superseded_by is not null
         or new.superseded_by is null
         or (to_jsonb(new) - 'superseded_by') is distinct from (to_jsonb(old) - 'superseded_by') then
        raise exception 'a price observation cannot be changed; record a correction instead' using errcode = '23514';
      end if;
      return new;
    end $$`);
  await knex.raw(`
    create trigger price_observations_guard before update or delete on price_observations
    for each row execute function price_observations_guard()`);
  // Inserting a correction marks the row it replaces in the same statement, so the two can never disagree.
  await knex.raw(`
    create function price_observations_supersede() returns trigger language plpgsql as $$
    begin
      update price_observations set superseded_by = new.id where id = new.supersedes_id and superseded_by is null;
      if not found then
        raise exception 'observation % is already superseded', new.supersedes_id using errcode = '23505';
      end if;
      return null;
    end $$`);
  await knex.raw(`
    create trigger price_observations_supersede after insert on price_observations
    for each row when (new.supersedes_id is not null) execute function price_observations_supersede()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('price_observations');
  await knex.raw('drop function price_observations_supersede()');
  await knex.raw('drop function price_observations_guard()');
  await knex.schema.dropTable('supplier_violations');
  await knex.schema.dropTable('suppliers');
  await knex.schema.dropTable('items');
}
