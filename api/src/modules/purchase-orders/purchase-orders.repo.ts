import type { Knex } from 'knex';
import { addMonths, type BuyingUnit, type OrderPlatform, type OrderSource, type VcStatus } from '@portal/domain';
import { whereContains } from '../../db/like';
import { pageOf, sortedBy } from '../../db/paging';
import { insertedId } from '../../db/rows';
import { itemsView } from '../items/items.reads.repo';
import { invoicedByOrderView } from '../purchase-invoices/purchase-invoices.reads.repo';
import { paidByOrderView } from '../payment-requests/payment-requests.reads.repo';
import { planLinesView } from '../purchase-plans/purchase-plans.reads.repo';
import { suppliersView } from '../suppliers/suppliers.reads.repo';
import { unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';
import { awaitingReview } from './purchase-orders.contract.repo';
import { orderLinesView } from './purchase-orders.reads.repo';

export interface OrderRow {
  id: number;
  number: string;
  unit_id: number;
  unit_code: BuyingUnit;
  unit_zh: string;
  unit_en: string;
  /** A contract order (source 'contract') has no plan and no platform: its contract is contract_id. */
  source: OrderSource;
  contract_id: number | null;
  plan_id: number | null;
  plan_number: string | null;
  plan_month: string | null;
  platform: OrderPlatform | null;
  platform_name: string | null;
  shop: string;
  supplier_id: number;
  supplier_shop: string;
  platform_order_no: string;
  ordered_on: string;
  goods_fen: number;
  freight_fen: number;
  discount_fen: number;
  total_fen: number;
  status: 'open' | 'cancelled';
  note: string;
  version: number;
  vc_status: VcStatus | null;
  above_lowest: number;
  created_by: number | null;
  created_by_name: string | null;
}

/** One row per plan: its number and month, from the plan lines the purchase-plans module publishes. */
const plansOf = (db: Knex) => db.from(planLinesView(db).as('pl0')).distinct('plan_id', 'plan_number', 'plan_month');

function orders(db: Knex): Knex.QueryBuilder {
  return db('purchase_orders as o')
    .join(unitsView(db).as('un'), 'un.id', 'o.unit_id')
    .leftJoin(plansOf(db).as('p'), 'p.plan_id', 'o.plan_id')
    .join(suppliersView(db).as('s'), 's.id', 'o.supplier_id')
    .leftJoin('virtual_contracts as vc', 'vc.order_id', 'o.id')
    .leftJoin(usersView(db).as('u'), 'u.id', 'o.created_by');
}

const ORDER_COLUMNS = (db: Knex) => [
  'o.id',
  'o.number',
  'o.unit_id',
  'un.code as unit_code',
  'un.name_zh as unit_zh',
  'un.name_en as unit_en',
  'o.source',
  'o.contract_id',
  'o.plan_id',
  'p.plan_number',
  db.raw(`to_char(p.plan_month, 'YYYY-MM') as plan_month`),
  'o.platform',
  'o.platform_name',
  'o.shop',
  'o.supplier_id',
  's.shop_name as supplier_shop',
  'o.platform_order_no',
  db.raw(`to_char(o.ordered_on, 'YYYY-MM-DD') as ordered_on`),
  db.raw('o.goods_fen::float8 as goods_fen'),
  db.raw('o.freight_fen::float8 as freight_fen'),
  db.raw('o.discount_fen::float8 as discount_fen'),
  db.raw('o.total_fen::float8 as total_fen'),
  'o.status',
  'o.note',
  'o.version',
  'vc.status as vc_status',
  db.raw('(select count(*)::int from purchase_order_lines l where l.order_id = o.id and l.price_reason is not null) as above_lowest'),
  'o.created_by',
  'u.display_name as created_by_name',
];

export interface OrderFilter {
  units: readonly number[] | null;
  unit?: BuyingUnit;
  month?: string;
  platform?: OrderPlatform;
  supplierId?: number;
  status?: VcStatus | 'none';
  source?: OrderSource;
  /** Only orders with a delivery awaiting the head's review (审核). */
  awaitingReview?: boolean;
  q?: string;
}

const SORTS = { orderedOn: 'o.ordered_on', number: 'o.number', totalFen: 'o.total_fen', platform: 'o.platform' };
export type OrderSort = keyof typeof SORTS;

export async function listOrders(
  db: Knex,
  f: OrderFilter & { sort: { column: OrderSort; desc: boolean }; page: number; pageSize: number },
): Promise<{ items: OrderRow[]; total: number }> {
  const base = orders(db).modify((qb) => {
    if (f.units) qb.whereIn('o.unit_id', f.units);
    if (f.unit) qb.where('un.code', f.unit);
    if (f.month) {
      // A month is a range of days, so the (unit_id, ordered_on) index serves it.
      // Day against day on both ends: `date + interval` is a timestamp, which would leave the upper bound off the index.
      qb.where('o.ordered_on', '>=', `${f.month}-01`).where('o.ordered_on', '<', `${addMonths(f.month, 1)}-01`);
    }
    if (f.platform) qb.where('o.platform', f.platform);
    if (f.supplierId) qb.where('o.supplier_id', f.supplierId);
    if (f.source) qb.where('o.source', f.source);
    if (f.awaitingReview) qb.whereExists(awaitingReview(db).whereRaw('rd.order_id = o.id').select(db.raw('1')));
    if (f.status === 'none') qb.whereNull('vc.status');
    else if (f.status) qb.where('vc.status', f.status);
    whereContains(qb, f.q, ['o.number', 'o.platform_order_no', 'o.shop', 's.shop_name']);
  });
  return pageOf(base, f, (qb) => sortedBy(qb, SORTS, f.sort).orderBy('o.id', 'desc').select(ORDER_COLUMNS(db)));
}

export async function findOrder(db: Knex, id: number, opts: { lock?: boolean } = {}): Promise<OrderRow | undefined> {
  // Lock the order row alone (not the joined views): deliveries and attachments of one order queue here.
  if (opts.lock) await db('purchase_orders').where({ id }).forUpdate().first('id');
  return orders(db).where('o.id', id).first(ORDER_COLUMNS(db));
}

export interface OrderLineRow {
  id: number;
  line_no: number;
  plan_line_id: number | null;
  /** null on a contract's free-text line, whose name, spec and uom the line itself carries */
  item_id: number | null;
  code: string | null;
  name: string;
  name_en: string | null;
  spec: string;
  uom: string;
  quantity: number;
  unit_price_fen: number;
  amount_fen: number;
  lowest_price_fen: number | null;
  price_reason: string | null;
  received: number;
  accepted: number;
  rejected: number;
  /** The item is one the order's buying unit keeps in its store (the stock module takes receipts of those only). */
  kept: boolean;
}

export async function orderLines(db: Knex, orderId: number): Promise<OrderLineRow[]> {
  return db
    .from(orderLinesView(db).as('ol'))
    .leftJoin(itemsView(db).as('i'), 'i.id', 'ol.item_id')
    .join('purchase_orders as po', 'po.id', 'ol.order_id')
    .join(unitsView(db).as('ku'), 'ku.id', 'po.unit_id')
    .where('ol.order_id', orderId)
    .orderBy('ol.line_no')
    .select(
      'ol.order_line_id as id',
      'ol.line_no',
      'ol.plan_line_id',
      'ol.item_id',
      'i.code',
      db.raw('coalesce(i.name, ol.description) as name'),
      'i.name_en',
      db.raw(`coalesce(i.spec, ol.spec, '') as spec`),
      db.raw('coalesce(i.uom, ol.uom) as uom'),
      db.raw('ol.ordered_qty::float8 as quantity'),
      db.raw('ol.unit_price_fen::float8 as unit_price_fen'),
      db.raw('ol.amount_fen::float8 as amount_fen'),
      db.raw('ol.lowest_price_fen::float8 as lowest_price_fen'),
      'ol.price_reason',
      db.raw('ol.received_qty::float8 as received'),
      db.raw('ol.accepted_qty::float8 as accepted'),
      db.raw('ol.rejected_qty::float8 as rejected'),
      db.raw('coalesce(i.buying_unit = ku.code, false) as kept'),
    );
}

// ---------------------------------------------------------------------------
// Plan lines to order from

export interface PlanLineRow {
  plan_line_id: number;
  plan_id: number;
  plan_number: string;
  plan_month: string;
  plan_status: string;
  unit_id: number;
  item_id: number;
  code: string;
  name: string;
  name_en: string | null;
  spec: string;
  uom: string;
  approved: number;
  ordered: number;
  est_unit_price_fen: number | null;
}

/** What open orders already take of each plan line. */
const orderedPerPlanLine = (db: Knex) =>
  db('purchase_order_lines as l')
    .join('purchase_orders as o', 'o.id', 'l.order_id')
    .where('o.status', 'open')
    .groupBy('l.plan_line_id')
    .select('l.plan_line_id', db.raw('sum(l.quantity) as ordered'));

export async function planLines(db: Knex, f: { planId?: number; planLineIds?: number[]; units?: readonly number[]; approvedOnly?: boolean }): Promise<PlanLineRow[]> {
  return db
    .from(planLinesView(db).as('pl'))
    .join(itemsView(db).as('i'), 'i.id', 'pl.item_id')
    .leftJoin(orderedPerPlanLine(db).as('ord'), 'ord.plan_line_id', 'pl.plan_line_id')
    .modify((qb) => {
      if (f.planId) qb.where('pl.plan_id', f.planId);
      if (f.planLineIds) qb.whereIn('pl.plan_line_id', f.planLineIds);
      if (f.units) qb.whereIn('pl.unit_id', f.units);
      if (f.approvedOnly) qb.where('pl.plan_status', 'approved');
    })
    .orderBy(['pl.plan_month', 'pl.plan_id', 'i.code'])
    .select(
      'pl.plan_line_id',
      'pl.plan_id',
      'pl.plan_number',
      db.raw(`to_char(pl.plan_month, 'YYYY-MM') as plan_month`),
      'pl.plan_status',
      'pl.unit_id',
      'pl.item_id',
      'i.code',
      'i.name',
      'i.name_en',
      'i.spec',
      'i.uom',
      db.raw('pl.proposed_qty::float8 as approved'),
      db.raw('coalesce(ord.ordered, 0)::float8 as ordered'),
      db.raw('pl.est_unit_price_fen::float8 as est_unit_price_fen'),
    );
}

/**
 * Serialises orders against the same plan lines until the transaction ends, so two clerks (or two
 * tabs) cannot both take the last units of an approved line. An advisory lock, because the plan
 * lines are the purchase-plans module's rows, not ours to lock.
 */
export async function lockPlanLines(trx: Knex, planLineIds: number[]): Promise<void> {
  for (const id of [...new Set(planLineIds)].sort((a, b) => a - b)) {
    await trx.raw(`select pg_advisory_xact_lock(hashtext('purchase_plan_line'), ?)`, [id]);
  }
}

// ---------------------------------------------------------------------------
// Writes

export interface NewOrder {
  number: string;
  unit_id: number;
  source?: OrderSource;
  contract_id?: number | null;
  plan_id: number | null;
  platform: OrderPlatform | null;
  platform_name: string | null;
  shop: string;
  supplier_id: number;
  platform_order_no: string;
  ordered_on: string;
  goods_fen: number;
  freight_fen: number;
  discount_fen: number;
  total_fen: number;
  note: string;
  created_by: number | null;
}

export const insertOrder = (trx: Knex, o: NewOrder) => insertedId(trx('purchase_orders'), o);

export interface NewOrderLine {
  order_id: number;
  line_no: number;
  plan_line_id: number | null;
  item_id: number | null;
  description?: string | null;
  spec?: string | null;
  uom?: string | null;
  quantity: number;
  unit_price_fen: number;
  amount_fen: number;
  lowest_price_fen: number | null;
  price_reason: string | null;
}

export async function insertOrderLines(trx: Knex, lines: NewOrderLine[]): Promise<void> {
  await trx('purchase_order_lines').insert(lines);
}

// ---------------------------------------------------------------------------
// Virtual contracts

export interface VcRow {
  id: number;
  number: string;
  order_id: number;
  status: VcStatus;
  confirmed_by: number | null;
  confirmed_by_name: string | null;
  confirmed_at: Date | null;
  version: number;
}

export async function findVcOfOrder(db: Knex, orderId: number, opts: { lock?: boolean } = {}): Promise<VcRow | undefined> {
  if (opts.lock) await db('virtual_contracts').where({ order_id: orderId }).forUpdate().first('id');
  return db('virtual_contracts as vc')
    .leftJoin(usersView(db).as('u'), 'u.id', 'vc.confirmed_by')
    .where('vc.order_id', orderId)
    .first('vc.id', 'vc.number', 'vc.order_id', 'vc.status', 'vc.confirmed_by', 'u.display_name as confirmed_by_name', 'vc.confirmed_at', 'vc.version');
}

export async function findVc(db: Knex, id: number): Promise<{ id: number; number: string; order_id: number; status: VcStatus } | undefined> {
  return db('virtual_contracts').where({ id }).first('id', 'number', 'order_id', 'status');
}

export const insertVc = (trx: Knex, v: { number: string; order_id: number; created_by: number | null }) => insertedId(trx('virtual_contracts'), v);

export async function setVcStatus(trx: Knex, id: number, status: VcStatus, confirmedBy: number | null = null): Promise<void> {
  await trx('virtual_contracts')
    .where({ id })
    .update({
      status,
      confirmed_by: status === 'confirmed' ? confirmedBy : null,
      confirmed_at: status === 'confirmed' ? trx.raw('CURRENT_TIMESTAMP') : null,
      version: trx.raw('version + 1'),
      updated_at: trx.raw('CURRENT_TIMESTAMP'),
    });
}

// ---------------------------------------------------------------------------
// Three-way match

export interface MatchRow {
  order_id: number;
  total_fen: number;
  freight_fen: number;
  discount_fen: number;
  accepted_fen: number;
  refund_fen: number;
  fully_delivered: boolean;
  invoiced_fen: number;
  paid_fen: number;
  cancelled: boolean;
}

/**
 * One order's figures for the match, in one statement that touches only that order's rows: its
 * lines with what their deliveries brought (by the order_line_id index), its refunds, and the
 * invoiced and paid views of the other modules narrowed to the order before they group.
 */
export async function matchFigures(db: Knex, orderId: number): Promise<MatchRow | undefined> {
  const lines = db('purchase_order_lines as l')
    .leftJoin('purchase_delivery_lines as dl', 'dl.order_line_id', 'l.id')
    .where('l.order_id', orderId)
    .groupBy('l.id')
    .select('l.quantity', 'l.unit_price_fen', db.raw('coalesce(sum(dl.received_qty), 0) as received'), db.raw('coalesce(sum(dl.accepted_qty), 0) as accepted'));
  const { rows } = await db.raw(
    `with lines as (${lines.toQuery()})
     select o.id as order_id,
            o.total_fen::float8 as total_fen,
            o.freight_fen::float8 as freight_fen,
            o.discount_fen::float8 as discount_fen,
            o.status = 'cancelled' as cancelled,
            (select coalesce(sum(round(accepted * unit_price_fen)), 0) from lines)::float8 as accepted_fen,
            (select coalesce(bool_and(received >= quantity), false) from lines) as fully_delivered,
            (select coalesce(sum(r.refund_fen), 0) from purchase_returns r where r.order_id = o.id)::float8 as refund_fen,
            coalesce((${invoicedByOrderView(db).where('io.order_id', orderId).clearSelect().select(db.raw('sum(io.amount_fen)')).toQuery()}), 0)::float8 as invoiced_fen,
            coalesce((select pd.paid_fen from (${paidByOrderView(db).where('ro.order_id', orderId).toQuery()}) pd), 0)::float8 as paid_fen
       from purchase_orders o
      where o.id = ?`,
    [orderId],
  );
  return rows[0];
}

export async function unitCodes(db: Knex, ids: number[]): Promise<{ id: number; code: BuyingUnit }[]> {
  if (ids.length === 0) return [];
  return db.from(unitsView(db).as('un')).whereIn('un.id', ids).select('un.id', 'un.code');
}

// Deliveries and returns live beside this file; the module's callers keep one `repo` import.
export * from './purchase-orders.deliveries.repo';
export * from './purchase-orders.cancel.repo';
export * from './purchase-orders.contract.repo';
