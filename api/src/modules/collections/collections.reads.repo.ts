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

/**
 * Every allocation with its collection's day, customer, unit and journal entry, for reports that
 * ask what was collected by a date or leave out a reversed collection (its entry has a reversal):
 * `.leftJoin(allocationsView(db).as('al'), 'al.instalment_id', 'i.id')`.
 */
export const allocationsView = (db: Knex) =>
  db('collection_allocations as ca')
    .join('collections as c', 'c.id', 'ca.collection_id')
    .select('ca.collection_id', 'ca.instalment_id', 'ca.amount_fen', 'c.received_on', 'c.customer_id', 'c.unit_id', 'c.entry_id');
