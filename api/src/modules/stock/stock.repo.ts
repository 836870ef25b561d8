import type { Knex } from 'knex';
import type { BuyingUnit, ItemCategory, StockMoveKind } from '@portal/domain';
import { whereContains } from '../../db/like';
import { pageOf, sortedBy } from '../../db/paging';
import { insertedId } from '../../db/rows';
import { itemsView, type ItemRow } from '../items/items.reads.repo';
import { unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';

/** An item with its stock in its buying unit's store (none moved yet: 0 on hand). */
export type StockItemRow = Pick<ItemRow, 'code' | 'name' | 'name_en' | 'spec' | 'uom' | 'category' | 'buying_unit' | 'reorder_level' | 'active'> & {
  item_id: number;
  unit_id: number;
  on_hand: number;
  last_moved_on: string | null;
};

export interface StockFilter {
  /** The buying units the reader may see: null for both. */
  units: readonly BuyingUnit[] | null;
  unit?: BuyingUnit;
  category?: ItemCategory;
  q?: string;
  belowReorder?: boolean;
}

const SORTS = { code: 'i.code', name: 'i.name', onHand: 'on_hand', lastMovedOn: 'b.last_moved_on' };
export type StockSort = keyof typeof SORTS;

const ON_HAND = 'coalesce(b.on_hand, 0)';

/** Items joined to their store's balance: O(items), whatever the length of the ledger. */
function stockItems(db: Knex): Knex.QueryBuilder {
  return db
    .from(itemsView(db).as('i'))
    .join(unitsView(db).as('un'), 'un.code', 'i.buying_unit')
    .leftJoin('stock_balances as b', function () {
      this.on('b.item_id', 'i.id').andOn('b.unit_id', 'un.id');
    });
}

const ITEM_FIELDS = ['code', 'name', 'name_en', 'spec', 'uom', 'category', 'buying_unit', 'reorder_level', 'active'].map((c) => `i.${c}`);
const STOCK_COLUMNS = (db: Knex) => ['i.id as item_id', 'un.id as unit_id', ...ITEM_FIELDS, db.raw(`${ON_HAND}::float8 as on_hand`), 'b.last_moved_on'];

export async function listStock(
  db: Knex,
  f: StockFilter & { sort: { column: StockSort; desc: boolean }; page: number; pageSize: number },
): Promise<{ items: StockItemRow[]; total: number }> {
  const base = stockItems(db).modify((qb) => {
    if (f.units) qb.whereIn('i.buying_unit', f.units);
    if (f.unit) qb.where('i.buying_unit', f.unit);
    if (f.category) qb.where('i.category', f.category);
    whereContains(qb, f.q, ['i.code', 'i.name', 'i.spec']);
    // An item no longer bought still shows while some of it is on the shelf.
    qb.where((w) => w.where('i.active', true).orWhereRaw(`${ON_HAND} > 0`));
    if (f.belowReorder) qb.whereRaw(`${ON_HAND} <= i.reorder_level`);
  });
  return pageOf(base, f, (qb) => sortedBy(qb, SORTS, f.sort).orderBy('i.id').select(STOCK_COLUMNS(db)));
}

/** How many of these units' items in use are at or below their reorder level. */
export async function countBelowReorder(db: Knex, units: readonly BuyingUnit[]): Promise<number> {
  const [{ n }] = await stockItems(db)
    .whereIn('i.buying_unit', units)
    .where('i.active', true)
    .whereRaw(`${ON_HAND} <= i.reorder_level`)
    .count<{ n: number }[]>({ n: '*' });
  return Number(n);
}

export async function findStockItem(db: Knex, itemId: number): Promise<StockItemRow | undefined> {
  return stockItems(db).where('i.id', itemId).first(STOCK_COLUMNS(db));
}

/**
 * The balance of one item in one store, its row locked until the transaction ends: a second
 * issue of the same item waits here and then sees what the first left.
 */
export async function lockedOnHand(trx: Knex, unitId: number, itemId: number): Promise<number> {
  const row = await trx('stock_balances').where({ unit_id: unitId, item_id: itemId }).forUpdate().first('on_hand');
  return row ? Number(row.on_hand) : 0;
}

export interface MoveValues {
  item_id: number;
  unit_id: number;
  kind: StockMoveKind;
  quantity: number;
  department_id?: number | null;
  reason?: string;
  source_type?: string | null;
  source_id?: number | null;
  moved_on: string;
  recorded_by: number | null;
}

export async function insertMove(trx: Knex, v: MoveValues): Promise<number> {
  return insertedId(trx('stock_moves'), v);
}

export interface MoveRow {
  id: number;
  kind: StockMoveKind;
  quantity: number;
  balance_after: number;
  department_id: number | null;
  department_zh: string | null;
  department_en: string | null;
  reason: string;
  source_type: string | null;
  source_id: number | null;
  moved_on: string;
  recorded_by: number | null;
  recorded_by_name: string | null;
  recorded_at: Date;
}

/** An item's moves, newest first, each with the balance it left (the sum of the moves up to it). */
function movesOf(db: Knex, itemId: number): Knex.QueryBuilder {
  const ledger = db('stock_moves')
    .where('item_id', itemId)
    .select('*', db.raw('(sum(quantity) over (partition by unit_id order by id))::float8 as balance_after'));
  return db
    .from(ledger.as('m'))
    .leftJoin(unitsView(db).as('d'), 'd.id', 'm.department_id')
    .leftJoin(usersView(db).as('u'), 'u.id', 'm.recorded_by');
}

const MOVE_COLUMNS = (db: Knex) => [
  'm.id',
  'm.kind',
  db.raw('m.quantity::float8 as quantity'),
  'm.balance_after',
  'm.department_id',
  'd.name_zh as department_zh',
  'd.name_en as department_en',
  'm.reason',
  'm.source_type',
  'm.source_id',
  'm.moved_on',
  'm.recorded_by',
  'u.display_name as recorded_by_name',
  'm.recorded_at',
];

export async function listMoves(db: Knex, itemId: number, f: { page: number; pageSize: number }): Promise<{ items: MoveRow[]; total: number }> {
  return pageOf(movesOf(db, itemId), f, (qb) => qb.orderBy('m.id', 'desc').select(MOVE_COLUMNS(db)));
}

export async function findMove(db: Knex, itemId: number, id: number): Promise<MoveRow | undefined> {
  return movesOf(db, itemId).where('m.id', id).first(MOVE_COLUMNS(db));
}
