import type { Knex } from 'knex';

/** Per instalment, what collections have settled of it: `.leftJoin(collectedByInstalmentView(db).as('ci'), 'ci.instalment_id', 'i.id')`. */
export const collectedByInstalmentView = (db: Knex) =>
  db('collection_allocations').groupBy('instalment_id').select('instalment_id', db.raw('sum(amount_fen)::bigint as collected_fen'));
