import type { Knex } from 'knex';

/**
 * Per instalment, what collections have settled of it (a reversed collection settles nothing):
 * `.leftJoin(collectedByInstalmentView(db).as('ci'), 'ci.instalment_id', 'i.id')`.
 */
export const collectedByInstalmentView = (db: Knex) =>
  db('collection_allocations as ca')
    .join('collections as c', 'c.id', 'ca.collection_id')
    .whereNull('c.reversal_entry_id')
    .groupBy('ca.instalment_id')
    .select('ca.instalment_id', db.raw('sum(ca.amount_fen)::bigint as collected_fen'));
