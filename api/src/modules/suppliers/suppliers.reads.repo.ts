import type { Knex } from 'knex';

/** `.join(suppliersView(db).as('s'), 's.id', 'x.supplier_id')`: what other modules may join of a supplier. */
export const suppliersView = (db: Knex) => db('suppliers').select('id', 'platform', 'shop_name', 'active');
