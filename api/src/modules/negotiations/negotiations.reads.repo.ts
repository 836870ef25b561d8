import type { Knex } from 'knex';

/** `.from(negotiationsView(db).as('ng'))`: which inquiry (and supplier) a negotiation sheet was opened from. */
export const negotiationsView = (db: Knex) => db('negotiations').select('id', 'inquiry_id', 'supplier_id');
