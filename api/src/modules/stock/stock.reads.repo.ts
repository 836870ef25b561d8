import type { Knex } from 'knex';

/**
 * What the stock module publishes for other modules' queries (the company plan nets requests
 * against stock): on hand per buying unit and item, one row per pair that ever moved. A pair
 * with no row has nothing on hand.
 *
 *   .leftJoin(onHandView(db).as('s'), function () { this.on('s.unit_id', 'p.unit_id').andOn('s.item_id', 'l.item_id'); })
 *   … coalesce(s.on_hand, 0)
 */
export const onHandView = (db: Knex) =>
  db('stock_balances').select('unit_id', 'item_id', db.raw('on_hand::float8 as on_hand'), 'last_moved_on');
