import type { Knex } from 'knex';
import type { BuyingUnit, ItemCategory } from '@portal/domain';

/** What the items module publishes for other modules' queries (prices) to join; they never name its table. */

export interface ItemRow {
  id: number;
  code: string;
  name: string;
  /** null: no English name, English screens show the Chinese one */
  name_en: string | null;
  spec: string;
  uom: string;
  category: ItemCategory;
  buying_unit: BuyingUnit;
  stock_on_hand: number;
  reorder_level: number;
  active: boolean;
  version: number;
  updated_at: Date;
}

/** What says which item a row is about: enough for a list line or a report row without its stock. */
export const ITEM_NAMING_COLUMNS = ['i.code', 'i.name', 'i.name_en', 'i.spec', 'i.uom', 'i.category', 'i.buying_unit'];

export const ITEM_COLUMNS = [
  'i.id',
  ...ITEM_NAMING_COLUMNS,
  'i.stock_on_hand',
  'i.reorder_level',
  'i.active',
  'i.version',
  'i.updated_at',
];

/** `.join(itemsView(db).as('i'), 'i.id', 'x.item_id')`, or `db.from(itemsView(db).as('i'))`: every column ITEM_COLUMNS names. */
export const itemsView = (db: Knex) => db('items').select(ITEM_COLUMNS.map((c) => c.slice(2)));
