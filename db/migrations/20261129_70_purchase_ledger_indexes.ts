import type { Knex } from 'knex';

/**
 * For the purchasing ledgers (module purchase-ledgers, which reads purchase_orders through the
 * orders module's views): one supplier's orders in ledger order (date, then id), so the ledger
 * filtered by supplier and its XLSX export walk them by index, a batch after a cursor each time.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create index purchase_orders_supplier_ordered_on on purchase_orders (supplier_id, ordered_on, id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists purchase_orders_supplier_ordered_on');
}
