import type { Knex } from 'knex';

/** Inserts one row into `rows` (a table's query, `db('items')`) and gives back its new id, a bigint one as a number too. */
export async function insertedId(rows: Knex.QueryBuilder, values: object): Promise<number> {
  const [row] = await rows.insert(values).returning('id');
  return Number(row.id);
}

/**
 * The optimistic lock every edit form relies on: `rows` (a table's query, `db('items')`) changes
 * only while the row still has the version its editor read, and each change bumps the version
 * and stamps updated_at. False when someone saved first: the caller's 409 stale-version.
 */
export async function updateAtVersion(rows: Knex.QueryBuilder, id: number, version: number, patch: object): Promise<boolean> {
  // CURRENT_TIMESTAMP is what db.fn.now() writes: the database's clock, the transaction's start.
  const n = await rows.where({ id, version }).update({ ...patch, version: version + 1, updated_at: rows.client.raw('CURRENT_TIMESTAMP') });
  return n === 1;
}
