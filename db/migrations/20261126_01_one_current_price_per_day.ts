import type { Knex } from 'knex';

// One current observation per item, supplier and day (DOMAIN.md §2: the price database). The service
// checks first, but two simultaneous requests both passed that check and both rows stayed current, so
// the database now holds the rule. An exclusion constraint with `=` is a partial unique index that can be
// deferred: a correction inserts its new row before the trigger marks the old one superseded, so for a
// moment both are current; checked at commit, only the end state counts. A concurrent second insert
// still waits for the first and then fails (23P01), which the prices service turns into its 409.
export async function up(knex: Knex): Promise<void> {
  const dupes = await knex.raw(
    `select item_id, supplier_id, observed_on from price_observations where superseded_by is null
       group by 1, 2, 3 having count(*) > 1 limit 5`,
  );
  if (dupes.rows.length) {
    throw new Error(`correct these duplicate current prices before migrating (item, supplier, day): ${JSON.stringify(dupes.rows)}`);
  }
  await knex.raw(
    `alter table price_observations add constraint price_observations_one_current_per_day
       exclude using btree (item_id with =, supplier_id with =, observed_on with =) where (superseded_by is null)
       deferrable initially deferred`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('alter table price_observations drop constraint price_observations_one_current_per_day');
}
