import type { Knex } from 'knex';
import type { BuyingUnit, ItemCategory } from '@portal/domain';
import { whereContains } from '../../db/like';
import { pageOf, sortedBy } from '../../db/paging';
import { insertedId, updateAtVersion } from '../../db/rows';
import { ITEM_COLUMNS, type ItemRow } from './items.reads.repo';

export { ITEM_COLUMNS, type ItemRow } from './items.reads.repo';

const SORTS = { code: 'i.code', name: 'i.name', category: 'i.category', stockOnHand: 'i.stock_on_hand', updatedAt: 'i.updated_at' };
export type ItemSort = keyof typeof SORTS;

export interface ItemFilter {
  q?: string;
  buyingUnit?: BuyingUnit;
  category?: ItemCategory;
  active?: boolean;
  belowReorder?: boolean;
}


/** The filters every item-based view shares (items list, matrix, collection). */
export function whereItems(qb: Knex.QueryBuilder, f: ItemFilter): Knex.QueryBuilder {
  whereContains(qb, f.q, ['i.code', 'i.name', 'i.name_en', 'i.spec']);
  if (f.buyingUnit) qb.where('i.buying_unit', f.buyingUnit);
  if (f.category) qb.where('i.category', f.category);
  if (f.active !== undefined) qb.where('i.active', f.active);
  if (f.belowReorder) qb.whereRaw('i.stock_on_hand <= i.reorder_level');
  return qb;
}

export async function listItems(
  db: Knex,
  f: ItemFilter & { sort: { column: ItemSort; desc: boolean }; page: number; pageSize: number },
): Promise<{ items: ItemRow[]; total: number }> {
  const base = db('items as i').modify((qb) => whereItems(qb, f));
  return pageOf(base, f, (qb) => sortedBy(qb, SORTS, f.sort).orderBy('i.id').select(ITEM_COLUMNS));
}

export async function findItem(db: Knex, id: number): Promise<ItemRow | undefined> {
  return db('items as i').where('i.id', id).first(ITEM_COLUMNS);
}

export async function codeTaken(db: Knex, code: string, exceptId?: number): Promise<boolean> {
  return !!(await db('items').where({ code }).modify((qb) => exceptId && qb.whereNot('id', exceptId)).first('id'));
}

const CHUNK = 10_000;

/** Items by code, for an import: asked in chunks so a file of any size stays under PostgreSQL's parameter limit. */
export async function itemsByCode(db: Knex, codes: string[]): Promise<Pick<ItemRow, 'id' | 'code' | 'name' | 'buying_unit' | 'active'>[]> {
  const out: Pick<ItemRow, 'id' | 'code' | 'name' | 'buying_unit' | 'active'>[] = [];
  for (let i = 0; i < codes.length; i += CHUNK) {
    out.push(...(await db('items').whereIn('code', codes.slice(i, i + CHUNK)).select('id', 'code', 'name', 'buying_unit', 'active')));
  }
  return out;
}

export async function itemForPrice(db: Knex, id: number) {
  return db('items').where({ id }).first<Pick<ItemRow, 'id' | 'code' | 'buying_unit' | 'active'> | undefined>('id', 'code', 'buying_unit', 'active');
}

type ItemValues = Omit<ItemRow, 'id' | 'version' | 'updated_at' | 'active'>;

export async function insertItem(db: Knex, v: ItemValues): Promise<number> {
  return insertedId(db('items'), v);
}

export async function updateItem(db: Knex, id: number, version: number, patch: Partial<ItemValues & { active: boolean }>): Promise<boolean> {
  return updateAtVersion(db('items'), id, version, patch);
}
