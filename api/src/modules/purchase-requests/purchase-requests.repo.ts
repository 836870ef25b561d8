import type { Knex } from 'knex';
import type { BuyingUnit, PurchaseRequestStatus } from '@portal/domain';
import { whereContains } from '../../db/like';
import { pageOf, sortedBy } from '../../db/paging';
import { insertedId, updateAtVersion } from '../../db/rows';
import { itemsView, type ItemRow } from '../items/items.reads.repo';
import { planSourcesView } from '../purchase-plans/purchase-plans.reads.repo';
import { suppliersView } from '../suppliers/suppliers.reads.repo';
import { unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';
import type { RequestLineValues } from './purchase-requests.reads.repo';

export interface RequestRow {
  id: number;
  number: string;
  department_id: number;
  department_code: string;
  department_name_zh: string;
  department_name_en: string;
  buying_unit_id: number;
  buying_unit_code: BuyingUnit;
  buying_unit_name_zh: string;
  buying_unit_name_en: string;
  /** 'YYYY-MM-01'. */
  month: string;
  status: PurchaseRequestStatus;
  late: boolean;
  note: string;
  over_budget_fen: number | null;
  total_fen: number;
  line_count: number;
  created_by: number | null;
  created_by_name: string | null;
  submitted_at: Date | null;
  updated_at: Date;
  version: number;
}

const COLUMNS = [
  'r.id',
  'r.number',
  'r.department_id',
  'd.code as department_code',
  'd.name_zh as department_name_zh',
  'd.name_en as department_name_en',
  'r.buying_unit_id',
  'b.code as buying_unit_code',
  'b.name_zh as buying_unit_name_zh',
  'b.name_en as buying_unit_name_en',
  'r.month',
  'r.status',
  'r.late',
  'r.note',
  'r.over_budget_fen',
  'r.total_fen',
  'r.created_by',
  'cb.display_name as created_by_name',
  'r.submitted_at',
  'r.updated_at',
  'r.version',
];

const requests = (db: Knex) =>
  db('purchase_requests as r')
    .join(unitsView(db).as('d'), 'd.id', 'r.department_id')
    .join(unitsView(db).as('b'), 'b.id', 'r.buying_unit_id')
    .leftJoin(usersView(db).as('cb'), 'cb.id', 'r.created_by');

const lineCount = (db: Knex) => db('purchase_request_lines as lc').whereRaw('lc.request_id = r.id').count('*').as('line_count');

/** Who sees which requests: all of them, or those of these departments or bought by these units. */
export interface RequestScope {
  all: boolean;
  departmentIds: readonly number[];
  buyingUnitIds: readonly number[];
}

function whereInScope(qb: Knex.QueryBuilder, scope: RequestScope) {
  if (scope.all) return qb;
  return qb.where((w) => {
    w.whereIn('r.department_id', scope.departmentIds as number[]).orWhereIn('r.buying_unit_id', scope.buyingUnitIds as number[]);
  });
}

const SORTS = { number: 'r.number', month: 'r.month', status: 'r.status', totalFen: 'r.total_fen', updatedAt: 'r.updated_at' };
export type RequestSort = keyof typeof SORTS;

export interface RequestFilter {
  q?: string;
  status?: PurchaseRequestStatus;
  month?: string;
  buyingUnit?: BuyingUnit;
  departmentId?: number;
  late?: boolean;
  createdBy?: number;
  sort: { column: RequestSort; desc: boolean };
  page: number;
  pageSize: number;
}

export async function listRequests(db: Knex, scope: RequestScope, f: RequestFilter): Promise<{ items: RequestRow[]; total: number }> {
  const base = requests(db)
    .modify((qb) => whereInScope(qb, scope))
    .modify((qb) => whereContains(qb, f.q, ['r.number', 'd.name_zh', 'd.name_en', 'r.note']))
    .modify((qb) => f.status && qb.where('r.status', f.status))
    .modify((qb) => f.month && qb.where('r.month', `${f.month}-01`))
    .modify((qb) => f.buyingUnit && qb.where('b.code', f.buyingUnit))
    .modify((qb) => f.departmentId && qb.where('r.department_id', f.departmentId))
    .modify((qb) => f.late !== undefined && qb.where('r.late', f.late))
    .modify((qb) => f.createdBy && qb.where('r.created_by', f.createdBy));
  return pageOf(base, f, (qb) => sortedBy(qb, SORTS, f.sort).orderBy('r.id', 'desc').select([...COLUMNS, lineCount(db)]));
}

export async function findRequest(db: Knex, id: number, opts: { lock?: boolean } = {}): Promise<RequestRow | undefined> {
  const qb = requests(db).where('r.id', id).first([...COLUMNS, lineCount(db)]);
  return opts.lock ? qb.forUpdate('r') : qb;
}

/** The request a department already has for that buying unit and month, if any. */
export async function requestOfMonth(db: Knex, departmentId: number, buyingUnitId: number, month: string): Promise<{ id: number; number: string } | undefined> {
  return db('purchase_requests').where({ department_id: departmentId, buying_unit_id: buyingUnitId, month }).first('id', 'number');
}

export interface RequestValues {
  number: string;
  department_id: number;
  buying_unit_id: number;
  month: string;
  note: string;
  total_fen: number;
  created_by: number;
}

export const insertRequest = (db: Knex, v: RequestValues) => insertedId(db('purchase_requests'), v);

export type RequestPatch = Partial<{
  status: PurchaseRequestStatus;
  note: string;
  total_fen: number;
  late: boolean;
  over_budget_fen: number | null;
  submitted_at: Knex.Raw;
  decided_at: Knex.Raw | null;
}>;

export const updateRequest = (db: Knex, id: number, version: number, patch: RequestPatch) => updateAtVersion(db('purchase_requests'), id, version, patch);

export async function deleteRequest(db: Knex, id: number): Promise<void> {
  await db('purchase_requests').where({ id }).del();
}

/** The company's calendar day by the database's clock: lateness must not depend on an API server's clock or zone. */
export async function databaseDay(db: Knex): Promise<string> {
  const { rows } = (await db.raw(`select to_char(current_timestamp at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day`)) as { rows: { day: string }[] };
  return rows[0].day;
}

export const NOW = (db: Knex) => db.raw('CURRENT_TIMESTAMP');

// ---------------------------------------------------------------------------
// Lines

export type LineValues = RequestLineValues;

export async function replaceLines(db: Knex, requestId: number, lines: LineValues[]): Promise<void> {
  await db('purchase_request_lines').where({ request_id: requestId }).del();
  if (lines.length) await db('purchase_request_lines').insert(lines.map((l) => ({ ...l, request_id: requestId })));
}

type ItemColumns = Pick<ItemRow, 'id' | 'code' | 'name' | 'spec' | 'uom' | 'category'>;

export interface LineRow extends Omit<LineValues, 'quantity'> {
  id: number;
  quantity: string | number;
  mapped_item_id: number | null;
  item: ItemColumns | null;
  mapped_item: ItemColumns | null;
  est_shop_name: string | null;
  est_platform: string | null;
}

const itemJson = (alias: string) =>
  `case when ${alias}.id is null then null else json_build_object('id', ${alias}.id, 'code', ${alias}.code, 'name', ${alias}.name, 'spec', ${alias}.spec, 'uom', ${alias}.uom, 'category', ${alias}.category) end`;

export async function linesOf(db: Knex, requestId: number): Promise<LineRow[]> {
  return db('purchase_request_lines as l')
    .leftJoin(itemsView(db).as('i'), 'i.id', 'l.item_id')
    .leftJoin(itemsView(db).as('mi'), 'mi.id', 'l.mapped_item_id')
    .leftJoin(suppliersView(db).as('s'), 's.id', 'l.est_supplier_id')
    .where('l.request_id', requestId)
    .orderBy('l.line_no')
    .select(
      'l.*',
      db.raw(`${itemJson('i')} as item`),
      db.raw(`${itemJson('mi')} as mapped_item`),
      's.shop_name as est_shop_name',
      's.platform as est_platform',
    );
}

/** What the company plans did with each of these lines (purchase-plans' view). */
export async function planSourcesOf(db: Knex, lineIds: number[]) {
  if (lineIds.length === 0) return [];
  return db
    .from(planSourcesView(db).as('ps'))
    .whereIn('ps.request_line_id', lineIds)
    .select<{ request_line_id: number; plan_id: number; plan_number: string; plan_status: string; plan_month: string; decision: 'included' | 'cut' | 'deferred'; reason: string | null }[]>('ps.*');
}

/** The line of a request, locked, for the clerk's mapping. */
export async function findLine(db: Knex, lineId: number): Promise<{ id: number; request_id: number; item_id: number | null; mapped_item_id: number | null } | undefined> {
  return db('purchase_request_lines').where({ id: lineId }).forUpdate().first('id', 'request_id', 'item_id', 'mapped_item_id');
}

export async function mapLine(db: Knex, lineId: number, itemId: number, by: number | null): Promise<void> {
  await db('purchase_request_lines').where({ id: lineId }).update({ mapped_item_id: itemId, mapped_by: by });
}

// ---------------------------------------------------------------------------
// Items a request may ask for (the items module's view)

export interface RequestableItemRow extends ItemColumns {
  buying_unit: BuyingUnit;
  active: boolean;
}

const ITEM_COLUMNS = ['i.id', 'i.code', 'i.name', 'i.spec', 'i.uom', 'i.category', 'i.buying_unit', 'i.active'];

export async function itemsByIds(db: Knex, ids: number[]): Promise<RequestableItemRow[]> {
  if (ids.length === 0) return [];
  return db.from(itemsView(db).as('i')).whereIn('i.id', ids).select(ITEM_COLUMNS);
}

export async function requestableItems(db: Knex, f: { unit: BuyingUnit; q?: string; page: number; pageSize: number }): Promise<{ items: RequestableItemRow[]; total: number }> {
  const base = db
    .from(itemsView(db).as('i'))
    .where({ 'i.buying_unit': f.unit, 'i.active': true })
    .modify((qb) => whereContains(qb, f.q, ['i.code', 'i.name', 'i.spec']));
  return pageOf(base, f, (qb) => qb.orderBy('i.code').orderBy('i.id').select(ITEM_COLUMNS));
}

// ---------------------------------------------------------------------------
// Workbench counts

export async function countByStatus(db: Knex, scope: RequestScope, f: { createdBy?: number; statuses: PurchaseRequestStatus[]; month?: string }): Promise<number> {
  const [{ n }] = await db('purchase_requests as r')
    .modify((qb) => whereInScope(qb, scope))
    .whereIn('r.status', f.statuses)
    .modify((qb) => f.createdBy && qb.where('r.created_by', f.createdBy))
    .modify((qb) => f.month && qb.where('r.month', f.month))
    .count<{ n: number }[]>({ n: '*' });
  return Number(n);
}
