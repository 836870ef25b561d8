import type { Knex } from 'knex';

/** `.leftJoin(eContractsView(db).as('ec'), 'ec.negotiation_id', 'n.id')`: which negotiation already has its contract. */
export const eContractsView = (db: Knex) => db('e_contracts').select('id', 'negotiation_id', 'status');
