import type { Knex } from 'knex';
import type { BuyingUnit, ItemCategory, Platform } from '@portal/domain';
import { whereContains } from '../../db/like';
import { pageOf, sortedBy } from '../../db/paging';
import { insertedId } from '../../db/rows';
import { itemsView } from '../items/items.reads.repo';
import { suppliersView } from '../suppliers/suppliers.reads.repo';
import { usersView } from '../users/users.reads.repo';

export interface ObservationRow {
  id: number;
  item_id: number;
  item_code: string;
  item_name: string;
  item_spec: string;
  item_uom: string;
  buying_unit: BuyingUnit;
  supplier_id: number;
  platform: Platform;
  shop_name: string;
  price_fen: number;
  observed_on: string;
  url: string;
  in_stock: boolean;
  note: string;
  recorded_by_name: string | null;
  recorded_at: Date;
  supersedes_id: number | null;
  correction_reason: string | null;
  superseded_by: number | null;
  import_id: string | null;
}

const COLUMNS = [
  'o.id',
  'o.item_id',
  'i.code as item_code',
  'i.name as item_name',
  'i.spec as item_spec',
  'i.uom as item_uom',
  'i.buying_unit',
  'o.supplier_id',
  's.platform',
  's.shop_name',
  'o.price_fen',
  'o.observed_on',
  'o.url',
  'o.in_stock',
  'o.note',
  'u.display_name as recorded_by_name',
  'o.recorded_at',
  'o.supersedes_id',
  'o.correction_reason',
  'o.superseded_by',
  'o.import_id',
];

const SORTS = { observedOn: 'o.observed_on', priceFen: 'o.price_fen', recordedAt: 'o.recorded_at', itemCode: 'i.code' };
export type PriceSort = keyof typeof SORTS;

function observations(db: Knex) {
  return db('price_observations as o')
    .join(itemsView(db).as('i'), 'i.id', 'o.item_id')
    .join(suppliersView(db).as('s'), 's.id', 'o.supplier_id')
    .leftJoin(usersView(db).as('u'), 'u.id', 'o.recorded_by');
}

export interface PriceFilter {
  q?: string;
  buyingUnit?: BuyingUnit;
  category?: ItemCategory;
  itemId?: number;
  supplierId?: number;
  platform?: Platform;
  from?: string;
  to?: string;
  includeSuperseded: boolean;
  sort: { column: PriceSort; desc: boolean };
  page: number;
  pageSize: number;
}

export async function listObservations(db: Knex, f: PriceFilter): Promise<{ items: ObservationRow[]; total: number }> {
  const base = observations(db).modify((qb) => {
    if (!f.includeSuperseded) qb.whereNull('o.superseded_by');
    whereContains(qb, f.q, ['i.code', 'i.name', 's.shop_name', 'o.note']);
    if (f.buyingUnit) qb.where('i.buying_unit', f.buyingUnit);
    if (f.category) qb.where('i.category', f.category);
    if (f.itemId) qb.where('o.item_id', f.itemId);
    if (f.supplierId) qb.where('o.supplier_id', f.supplierId);
    if (f.platform) qb.where('s.platform', f.platform);
    if (f.from) qb.where('o.observed_on', '>=', f.from);
    if (f.to) qb.where('o.observed_on', '<=', f.to);
  });
  return pageOf(base, f, (qb) => sortedBy(qb, SORTS, f.sort).orderBy('o.id', 'desc').select(COLUMNS));
}

export async function findObservation(db: Knex, id: number, opts: { lock?: boolean } = {}): Promise<ObservationRow | undefined> {
  return observations(db)
    .where('o.id', id)
    .modify((qb) => opts.lock && qb.forUpdate('o'))
    .first(COLUMNS);
}

/** The ids of the corrections chain through `id`, oldest first: what it replaced and what replaced it. */
export async function correctionChain(db: Knex, id: number): Promise<number[]> {
  const { rows } = await db.raw(
    `with recursive back(id, supersedes_id, depth) as (
       select id, supersedes_id, 0 from price_observations where id = ?
       union all select o.id, o.supersedes_id, b.depth - 1 from price_observations o join back b on o.id = b.supersedes_id),
     fwd(id, superseded_by, depth) as (
       select id, superseded_by, 0 from price_observations where id = ?
       union all select o.id, o.superseded_by, f.depth + 1 from price_observations o join fwd f on o.id = f.superseded_by)
     select id, depth from back union select id, depth from fwd order by depth`,
    [id, id],
  );
  return rows.map((r: { id: number }) => Number(r.id));
}

export async function currentOnDay(db: Knex, itemId: number, supplierId: number, day: string, exceptId?: number): Promise<number | undefined> {
  const row = await db('price_observations')
    .where({ item_id: itemId, supplier_id: supplierId, observed_on: day })
    .whereNull('superseded_by')
    .modify((qb) => exceptId && qb.whereNot('id', exceptId))
    .first('id');
  return row?.id;
}

export interface NewObservation {
  item_id: number;
  supplier_id: number;
  price_fen: number;
  observed_on: string;
  url: string;
  in_stock: boolean;
  note: string;
  recorded_by: number | null;
  supersedes_id?: number;
  correction_reason?: string;
}

/** Inserting a correction (supersedes_id) marks the replaced row in the same statement (database trigger). */
export async function insertObservation(db: Knex, o: NewObservation): Promise<number> {
  return insertedId(db('price_observations'), o);
}


