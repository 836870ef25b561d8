import type { Knex } from 'knex';

// English mode (issue 11): an ad slot and an item may carry an English name beside the Chinese
// one. Optional, because the Chinese name is the one people work with; where there is no English
// name an English screen shows the Chinese one. Item categories are codes: their English labels
// live in domain/src/supplier-prices.ts, not here.
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('ad_slots', (t) => t.text('name_en'));
  await knex.schema.alterTable('items', (t) => t.text('name_en'));
  await knex.raw(`alter table ad_slots add constraint ad_slots_name_en_check check (name_en is null or length(btrim(name_en)) between 1 and 100)`);
  await knex.raw(`alter table items add constraint items_name_en_check check (name_en is null or length(btrim(name_en)) between 1 and 100)`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('ad_slots', (t) => t.dropColumn('name_en'));
  await knex.schema.alterTable('items', (t) => t.dropColumn('name_en'));
}
