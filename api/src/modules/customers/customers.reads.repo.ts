import type { Knex } from 'knex';

/** What the customers module publishes for other modules: the columns they may join, and a lookup. */

/** `.join(customersView(db).as('c'), 'c.id', 'x.customer_id')`. */
export const customersView = (db: Knex) => db('customers').select('id', 'name', 'active');

/** A customer's particulars as printed on a quotation. */
export async function customerDetails(db: Knex, id: number) {
  return db('customers').where({ id }).first('name', 'contact', 'phone', 'address', 'uscc') as Promise<{
    name: string;
    contact: string;
    phone: string;
    address: string;
    uscc: string | null;
  }>;
}
