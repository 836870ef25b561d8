import type { Knex } from 'knex';

/** What the customers module publishes for other modules: the columns they may join. */

/** `.join(customersView(db).as('c'), 'c.id', 'x.customer_id')`. */
export const customersView = (db: Knex) => db('customers').select('id', 'name', 'active');
