import type { Knex } from 'knex';

/** Contract orders (issue 15): the order of a signed e-contract, and deliveries awaiting the head's review. */

/** The order a signed e-contract became, if any. */
export async function orderOfContract(db: Knex, contractId: number): Promise<{ id: number } | undefined> {
  return db('purchase_orders').where({ contract_id: contractId }).first('id');
}

/** A contract order's deliveries not yet reviewed (审核), of the given units (null: every unit). */
export const awaitingReview = (db: Knex) =>
  db('purchase_deliveries as rd')
    .join('purchase_orders as ro', 'ro.id', 'rd.order_id')
    .where('ro.source', 'contract')
    .where('ro.status', 'open')
    .whereNull('rd.reviewed_at');

export async function countAwaitingReview(db: Knex, unitIds: readonly number[] | null): Promise<number> {
  const qb = awaitingReview(db);
  if (unitIds) qb.whereIn('ro.unit_id', unitIds);
  const row = await qb.first(db.raw('count(*)::int as n'));
  return (row as { n: number } | undefined)?.n ?? 0;
}
