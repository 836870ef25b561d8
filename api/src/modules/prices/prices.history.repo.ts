import type { Knex } from 'knex';
import type { BuyingUnit, ItemCategory, Platform } from '@portal/domain';
import { whereContains } from '../../db/like';
import { pageOf } from '../../db/paging';
import { ITEM_NAMING_COLUMNS, itemsView, type ItemRow } from '../items/items.reads.repo';
import { suppliersView } from '../suppliers/suppliers.reads.repo';

export interface MonthlyRow {
  supplier_id: number;
  month: string;
  id: number;
  price_fen: number;
  observed_on: string;
  in_stock: boolean;
}

/** Per supplier and month, the latest current price of one item: the points of its price chart. */
export async function monthlyPrices(db: Knex, itemId: number, range: { from: string; until: string }): Promise<MonthlyRow[]> {
  const month = db.raw(`to_char(o.observed_on, 'YYYY-MM')`);
  return db('price_observations as o')
    .distinctOn(['o.supplier_id', month as never])
    .whereNull('o.superseded_by')
    .where('o.item_id', itemId)
    .where('o.observed_on', '>=', range.from)
    .where('o.observed_on', '<', range.until)
    .orderBy([{ column: 'o.supplier_id' }, { column: month as never }, { column: 'o.observed_on', order: 'desc' }, { column: 'o.id', order: 'desc' }])
    .select('o.supplier_id', db.raw(`to_char(o.observed_on, 'YYYY-MM') as month`), 'o.id', 'o.price_fen', 'o.observed_on', 'o.in_stock');
}

/** Latest current observation per (item, supplier) within a month, as a subquery. */
function latestIn(db: Knex, range: { from: string; until: string }) {
  return db('price_observations as o')
    .distinctOn(['o.item_id', 'o.supplier_id'])
    .whereNull('o.superseded_by')
    .where('o.observed_on', '>=', range.from)
    .where('o.observed_on', '<', range.until)
    .orderBy([{ column: 'o.item_id' }, { column: 'o.supplier_id' }, { column: 'o.observed_on', order: 'desc' }, { column: 'o.id', order: 'desc' }])
    .select('o.item_id', 'o.supplier_id', 'o.id', 'o.price_fen', 'o.observed_on');
}

export interface AlertRow extends Pick<ItemRow, 'code' | 'name' | 'spec' | 'uom' | 'category' | 'buying_unit'> {
  item_id: number;
  supplier_id: number;
  platform: Platform;
  shop_name: string;
  previous_fen: number;
  previous_on: string;
  latest_fen: number;
  latest_on: string;
  observation_id: number;
}

export interface AlertFilter {
  q?: string;
  buyingUnit?: BuyingUnit;
  category?: ItemCategory;
  platform?: Platform;
  thresholdBp: number;
  page: number;
  pageSize: number;
}

/**
 * Item × supplier pairs whose latest price this month moved by more than the
 * threshold against that supplier's latest price the month before. The
 * comparison is domain's movedMoreThan, written in integers so no rounding
 * decides a case on the threshold.
 */
export async function priceAlerts(
  db: Knex,
  current: { from: string; until: string },
  previous: { from: string; until: string },
  f: AlertFilter,
): Promise<{ items: AlertRow[]; total: number }> {
  const base = db
    .with('cur', latestIn(db, current))
    .with('prev', latestIn(db, previous))
    .from('cur as c')
    .join('prev as p', function () {
      this.on('p.item_id', 'c.item_id').andOn('p.supplier_id', 'c.supplier_id');
    })
    .join(itemsView(db).as('i'), 'i.id', 'c.item_id')
    .join(suppliersView(db).as('s'), 's.id', 'c.supplier_id')
    .where('i.active', true)
    .whereRaw('abs(c.price_fen - p.price_fen) * 10000 > ? * p.price_fen', [f.thresholdBp])
    .modify((qb) => {
      whereContains(qb, f.q, ['i.code', 'i.name', 's.shop_name']);
      if (f.buyingUnit) qb.where('i.buying_unit', f.buyingUnit);
      if (f.category) qb.where('i.category', f.category);
      if (f.platform) qb.where('s.platform', f.platform);
    });
  return pageOf(base, f, (qb) =>
    qb
      .orderByRaw('abs(c.price_fen - p.price_fen)::numeric / p.price_fen desc, i.code, s.id')
      .select(
        'c.item_id',
        ...ITEM_NAMING_COLUMNS,
        'c.supplier_id',
        's.platform',
        's.shop_name',
        'p.price_fen as previous_fen',
        'p.observed_on as previous_on',
        'c.price_fen as latest_fen',
        'c.observed_on as latest_on',
        'c.id as observation_id',
      ),
  );
}

/**
 * Each listed supplier's latest current observation of each item (optionally not older than `since`).
 * One index probe per (item, supplier) pair on the one-current-per-day index, newest first: 50 items ×
 * 50 shops read 2,500 rows, where a DISTINCT ON over every current row read (and sorted) all 30,000.
 */
export async function latestPerSupplier(db: Knex, itemIds: number[], supplierIds: number[], since?: string) {
  if (supplierIds.length === 0 || itemIds.length === 0) return [];
  const { rows } = await db.raw(
    `select o.id, i.item_id, s.supplier_id, o.price_fen, to_char(o.observed_on, 'YYYY-MM-DD') as observed_on, o.in_stock, o.url
       from unnest(?::int[]) i(item_id)
      cross join unnest(?::int[]) s(supplier_id)
      cross join lateral (
        select o.id, o.price_fen, o.observed_on, o.in_stock, o.url
          from price_observations o
         where o.item_id = i.item_id and o.supplier_id = s.supplier_id and o.superseded_by is null
           and (?::date is null or o.observed_on >= ?::date)
         order by o.observed_on desc
         limit 1
      ) o
      order by i.item_id, s.supplier_id`,
    [itemIds, supplierIds, since ?? null, since ?? null],
  );
  return rows as { id: number; item_id: number; supplier_id: number; price_fen: number; observed_on: string; in_stock: boolean; url: string }[];
}
