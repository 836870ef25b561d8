import type { Knex } from 'knex';
import type { BuyingUnit, ItemCategory } from '@portal/domain';
import { whereContains } from '../../db/like';
import { pageOf } from '../../db/paging';
import { itemsView, ITEM_COLUMNS, type ItemRow } from '../items/items.reads.repo';
import { suppliersView } from '../suppliers/suppliers.reads.repo';

export interface MissingItemRow extends ItemRow {
  last_price_fen: number | null;
  last_observed_on: string | null;
  last_supplier_id: number | null;
  last_shop_name: string | null;
}

function unitItems(db: Knex, unit: BuyingUnit, category?: ItemCategory) {
  return db
    .from(itemsView(db).as('i'))
    .where({ 'i.buying_unit': unit, 'i.active': true })
    .modify((qb) => category && qb.where('i.category', category));
}

const pricedIn = (db: Knex, range: { from: string; until: string }) =>
  db('price_observations as o')
    .whereRaw('o.item_id = i.id')
    .whereNull('o.superseded_by')
    .where('o.observed_on', '>=', range.from)
    .where('o.observed_on', '<', range.until)
    .select(db.raw('1'));

/** How many active items of the unit there are, and how many have a price in the month. */
export async function collectionProgress(db: Knex, unit: BuyingUnit, range: { from: string; until: string }, category?: ItemCategory) {
  const [row] = await unitItems(db, unit, category).select(
    db.raw('count(*) as total'),
    db.raw('count(*) filter (where exists (?)) as priced', [pricedIn(db, range)]),
  );
  return { total: Number(row.total), priced: Number(row.priced) };
}

/** Active items of the unit still without a price in the month, with the last price before it as a hint. */
export async function missingItems(
  db: Knex,
  unit: BuyingUnit,
  range: { from: string; until: string },
  f: { q?: string; category?: ItemCategory; page: number; pageSize: number },
): Promise<{ items: MissingItemRow[]; total: number }> {
  const base = unitItems(db, unit, f.category)
    .whereNotExists(pricedIn(db, range))
    .modify((qb) => {
      whereContains(qb, f.q, ['i.code', 'i.name', 'i.spec']);
    });
  return pageOf(base, f, (qb) =>
    qb
      .joinRaw(
        `left join lateral (
           select o.price_fen, o.observed_on, o.supplier_id from price_observations o
           where o.item_id = i.id and o.superseded_by is null and o.observed_on < ?
           order by o.observed_on desc, o.id desc limit 1) lp on true`,
        [range.from],
      )
      .leftJoin(suppliersView(db).as('s'), 's.id', 'lp.supplier_id')
      .orderBy('i.code')
      .select([
        ...ITEM_COLUMNS,
        'lp.price_fen as last_price_fen',
        'lp.observed_on as last_observed_on',
        'lp.supplier_id as last_supplier_id',
        's.shop_name as last_shop_name',
      ]),
  );
}

/** Prices recorded for the units' items in the range, per day observed (the workbench's weekly chart). */
export async function pricesPerDay(db: Knex, units: readonly BuyingUnit[], range: { from: string; until: string }): Promise<{ day: string; n: number }[]> {
  const rows: { day: string; n: string | number }[] = await db('price_observations as o')
    .join(itemsView(db).as('i'), 'i.id', 'o.item_id')
    .whereIn('i.buying_unit', units)
    .whereNull('o.superseded_by')
    .where('o.observed_on', '>=', range.from)
    .where('o.observed_on', '<', range.until)
    .select(db.raw(`to_char(o.observed_on, 'YYYY-MM-DD') as day`))
    .count({ n: '*' })
    .groupByRaw('1');
  return rows.map((r) => ({ day: String(r.day), n: Number(r.n) }));
}
