import type { Knex } from 'knex';
import { suppliersView } from '../suppliers/suppliers.reads.repo';
import type { Platform } from '@portal/domain';

export interface CellRow {
  id: number;
  item_id: number;
  supplier_id: number;
  price_fen: number;
  observed_on: string;
  in_stock: boolean;
}

/**
 * The latest current observation per (item, supplier) within [from, until).
 * Served by the partial index on current rows (item_id, observed_on).
 */
export async function latestCells(
  db: Knex,
  itemIds: number[],
  range: { from: string; until: string },
  platform?: Platform,
): Promise<CellRow[]> {
  if (itemIds.length === 0) return [];
  return db('price_observations as o')
    .distinctOn(['o.item_id', 'o.supplier_id'])
    .modify((qb) => {
      if (platform) qb.join(suppliersView(db).as('s'), 's.id', 'o.supplier_id').where('s.platform', platform);
    })
    .whereNull('o.superseded_by')
    .whereIn('o.item_id', itemIds)
    .where('o.observed_on', '>=', range.from)
    .where('o.observed_on', '<', range.until)
    .orderBy([
      { column: 'o.item_id' },
      { column: 'o.supplier_id' },
      { column: 'o.observed_on', order: 'desc' },
      { column: 'o.id', order: 'desc' },
    ])
    .select('o.id', 'o.item_id', 'o.supplier_id', 'o.price_fen', 'o.observed_on', 'o.in_stock');
}
