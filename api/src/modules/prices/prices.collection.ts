import type { Knex } from 'knex';
import { monthRange, type BuyingUnit, type ItemCategory } from '@portal/domain';
import type { SessionUser } from '../../http/session';
import { editableUnits, toItem } from '../items/items.service';
import * as repo from './prices.collection.repo';

/**
 * The monthly price collection (网络供应商的价格信息统计): which active items of
 * a buying unit still have no price this month, and how far along the unit is.
 */
export async function monthlyCollection(
  db: Knex,
  user: SessionUser | null,
  unit: BuyingUnit,
  month: string,
  f: { q?: string; category?: ItemCategory; page: number; pageSize: number },
) {
  const range = monthRange(month);
  const [progress, missing, editable] = await Promise.all([
    repo.collectionProgress(db, unit, range, f.category),
    repo.missingItems(db, unit, range, f),
    editableUnits(db, user),
  ]);
  return {
    unit,
    month,
    progress,
    items: missing.items.map((r) => ({
      ...toItem(r, editable),
      lastPrice:
        r.last_price_fen === null
          ? null
          : { priceFen: r.last_price_fen, observedOn: r.last_observed_on, supplierId: r.last_supplier_id, shopName: r.last_shop_name },
    })),
    total: missing.total,
  };
}
