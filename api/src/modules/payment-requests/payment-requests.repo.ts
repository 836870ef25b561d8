import type { Knex } from 'knex';
import type { PaymentKind, PaymentMethod, PaymentRequestStatus } from '@portal/domain';
import { whereContains } from '../../db/like';
import { insertedId, updateAtVersion } from '../../db/rows';
import { holdOrders, orderFiguresView, ordersView } from '../purchase-orders/purchase-orders.reads.repo';
import { suppliersView } from '../suppliers/suppliers.reads.repo';
import { UNIT_COLUMNS, unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';
import { asksOfOrders } from './payment-requests.reads.repo';

/**
 * Payment requests (申请汇款), their orders and the payment register (付款登记台账). Orders,
 * suppliers, units and people come through the views their modules publish.
 */

/** Advisory-lock class for "an order's requested amount is being changed" (any constant the app does not use elsewhere). */
const ORDER_REQUEST_LOCK = 1_306_001;

/**
 * Serialises requests for the same orders (ascending ids, so two writers never deadlock): the
 * second writer reads what the first requested only after the first commits, so together they
 * can never ask for more than an order owes.
 */
export async function lockOrders(trx: Knex, orderIds: readonly number[]): Promise<void> {
  for (const id of [...new Set(orderIds)].sort((a, b) => a - b)) await trx.raw('select pg_advisory_xact_lock(?, ?)', [ORDER_REQUEST_LOCK, id]);
  // And the orders held open: a cancellation cannot slip in between this read and the write.
  await holdOrders(trx, orderIds);
}

/** Per order, what the requests still asking for its money (asksOfOrders) ask. */
const requestedByOrder = (db: Knex) =>
  db('payment_request_orders as ro')
    .join('payment_requests as r', 'r.id', 'ro.request_id')
    .where(asksOfOrders(db, 'r'))
    .groupBy('ro.order_id')
    .select('ro.order_id', db.raw('sum(ro.amount_fen)::bigint as requested_fen'));

export interface OwedRow {
  order_id: number;
  number: string;
  platform: string | null;
  platform_order_no: string;
  ordered_on: string;
  unit_id: number;
  unit_code: string;
  unit_name_zh: string;
  unit_name_en: string;
  supplier_id: number;
  /** 'contract': owes only what reviewed deliveries accepted (reviewed_fen); unreviewed names the deliveries awaiting review */
  source: 'mall' | 'contract';
  total_fen: number;
  refund_fen: number;
  reviewed_fen: number;
  unreviewed: string | null;
  requested_fen: number;
  fully_delivered: boolean;
}

/** Open orders with their refunds and what is already requested; `unitIds` null for every unit. */
export function owedOrders(db: Knex, f: { supplierId?: number; orderIds?: readonly number[]; unitIds: readonly number[] | null }): Promise<OwedRow[]> {
  const q = db
    .from(ordersView(db).as('o'))
    .join(orderFiguresView(db).as('f'), 'f.order_id', 'o.id')
    .join(unitsView(db).as('u'), 'u.id', 'o.unit_id')
    .leftJoin(requestedByOrder(db).as('rq'), 'rq.order_id', 'o.id')
    .where('o.status', 'open')
    .select(
      'o.id as order_id',
      'o.number',
      'o.platform',
      'o.platform_order_no',
      'o.ordered_on',
      'o.unit_id',
      ...UNIT_COLUMNS,
      'o.supplier_id',
      'o.source',
      'o.total_fen',
      'f.refund_fen',
      'f.reviewed_fen',
      'f.unreviewed',
      db.raw('coalesce(rq.requested_fen, 0)::bigint as requested_fen'),
      'f.fully_delivered',
    )
    .orderBy([{ column: 'o.ordered_on' }, { column: 'o.id' }]);
  if (f.supplierId !== undefined) q.where('o.supplier_id', f.supplierId);
  if (f.orderIds) q.whereIn('o.id', f.orderIds);
  if (f.unitIds) q.whereIn('o.unit_id', f.unitIds);
  return q;
}

export async function supplierName(db: Knex, id: number): Promise<string | undefined> {
  return (await db.from(suppliersView(db).as('s')).where('s.id', id).first('s.shop_name'))?.shop_name;
}

// ---------------------------------------------------------------------------
// Requests

export interface RequestRow {
  id: number;
  number: string;
  unit_id: number;
  unit_code: string;
  unit_name_zh: string;
  unit_name_en: string;
  supplier_id: number;
  supplier_name: string;
  payee: string;
  method: PaymentMethod;
  bank: string | null;
  account: string | null;
  amount_fen: number;
  prepayment: boolean;
  status: PaymentRequestStatus;
  note: string;
  created_by: number | null;
  created_by_name: string | null;
  created_at: Date;
  version: number;
  net_paid_fen: number;
}

const requests = (db: Knex) =>
  db('payment_requests as r')
    .join(unitsView(db).as('u'), 'u.id', 'r.unit_id')
    .join(suppliersView(db).as('s'), 's.id', 'r.supplier_id')
    .leftJoin(usersView(db).as('cb'), 'cb.id', 'r.created_by')
    .select(
      'r.*',
      ...UNIT_COLUMNS,
      's.shop_name as supplier_name',
      'cb.display_name as created_by_name',
      db.raw('(select coalesce(sum(p.amount_fen), 0) from payments p where p.request_id = r.id)::bigint as net_paid_fen'),
    );

export async function findRequest(db: Knex, id: number, opts: { lock?: boolean } = {}): Promise<RequestRow | undefined> {
  if (opts.lock) await db('payment_requests').where({ id }).forUpdate().first('id');
  return requests(db).where('r.id', id).first();
}

export interface RequestFilter {
  unitIds: readonly number[] | null;
  status?: PaymentRequestStatus;
  supplierId?: number;
  q?: string;
}

export function filteredRequests(db: Knex, f: RequestFilter): Knex.QueryBuilder {
  const q = db('payment_requests as r');
  if (f.unitIds) q.whereIn('r.unit_id', f.unitIds);
  if (f.status) q.where('r.status', f.status);
  if (f.supplierId) q.where('r.supplier_id', f.supplierId);
  whereContains(q, f.q, ['r.number', 'r.payee']);
  return q;
}

export function requestRows(db: Knex, filtered: Knex.QueryBuilder): Knex.QueryBuilder {
  return requests(db).whereIn('r.id', filtered.select('r.id')).orderBy([{ column: 'r.created_at', order: 'desc' }, { column: 'r.id', order: 'desc' }]);
}

export function countRequests(db: Knex, f: { unitIds: readonly number[] | null; status: PaymentRequestStatus }): Promise<number> {
  return filteredRequests(db, f)
    .count<{ n: number }[]>({ n: '*' })
    .then(([r]) => Number(r.n));
}

export async function insertRequest(
  trx: Knex,
  values: { number: string; unit_id: number; supplier_id: number; payee: string; method: PaymentMethod; bank: string | null; account: string | null; amount_fen: number; prepayment: boolean; note: string; created_by: number | null },
  orders: { orderId: number; amountFen: number }[],
): Promise<number> {
  const id = await insertedId(trx('payment_requests'), values);
  await trx('payment_request_orders').insert(orders.map((o) => ({ request_id: id, order_id: o.orderId, amount_fen: o.amountFen })));
  return id;
}

export function updateRequest(trx: Knex, id: number, version: number, patch: Partial<{ status: PaymentRequestStatus; submitted_at: Date; approved_at: Date | null }>): Promise<boolean> {
  return updateAtVersion(trx('payment_requests'), id, version, patch);
}

export function ordersOfRequest(db: Knex, id: number): Promise<{ order_id: number; number: string; platform_order_no: string; ordered_on: string; total_fen: number; amount_fen: number }[]> {
  return db('payment_request_orders as ro')
    .join(ordersView(db).as('o'), 'o.id', 'ro.order_id')
    .where('ro.request_id', id)
    .select('ro.order_id', 'o.number', 'o.platform_order_no', 'o.ordered_on', 'o.total_fen', 'ro.amount_fen')
    .orderBy([{ column: 'o.ordered_on' }, { column: 'o.id' }]);
}

// ---------------------------------------------------------------------------
// The register

export interface PaymentRow {
  id: number;
  number: string;
  request_id: number;
  kind: PaymentKind;
  amount_fen: number;
  paid_on: string;
  paying_account: string;
  bank_ref: string;
  reverses_id: number | null;
  reversed: boolean;
  reason: string | null;
  recorded_by: number | null;
  recorded_by_name: string | null;
  recorded_at: Date;
}

const payments = (db: Knex) =>
  db('payments as p')
    .leftJoin(usersView(db).as('rb'), 'rb.id', 'p.recorded_by')
    .select(
      'p.*',
      'rb.display_name as recorded_by_name',
      db.raw('exists (select 1 from payments x where x.reverses_id = p.id) as reversed'),
    );

export function paymentsOf(db: Knex, requestId: number): Promise<PaymentRow[]> {
  return payments(db).where('p.request_id', requestId).orderBy('p.id');
}

export function insertPayment(
  trx: Knex,
  values: { number: string; request_id: number; kind: PaymentKind; amount_fen: number; paid_on: string; paying_account: string; bank_ref: string; reverses_id: number | null; reason: string | null; recorded_by: number | null },
): Promise<number> {
  return insertedId(trx('payments'), values);
}

export interface RegisterFilter {
  unitIds: readonly number[] | null;
  from?: string;
  to?: string;
  kind?: PaymentKind;
  supplierId?: number;
  unitId?: number;
  q?: string;
}

export function filteredRegister(db: Knex, f: RegisterFilter): Knex.QueryBuilder {
  const q = db('payments as p').join('payment_requests as r', 'r.id', 'p.request_id');
  if (f.unitIds) q.whereIn('r.unit_id', f.unitIds);
  if (f.unitId) q.where('r.unit_id', f.unitId);
  if (f.from) q.where('p.paid_on', '>=', f.from);
  if (f.to) q.where('p.paid_on', '<=', f.to);
  if (f.kind) q.where('p.kind', f.kind);
  if (f.supplierId) q.where('r.supplier_id', f.supplierId);
  whereContains(q, f.q, ['p.number', 'r.number', 'p.bank_ref', 'r.payee']);
  return q;
}

export async function registerTotals(filtered: Knex.QueryBuilder, db: Knex): Promise<{ paid_fen: number; reversed_fen: number; net_fen: number }> {
  const [row] = await filtered
    .clone()
    .select(
      db.raw(`coalesce(sum(p.amount_fen) filter (where p.kind = 'payment'), 0)::bigint as paid_fen`),
      db.raw(`coalesce(sum(p.amount_fen) filter (where p.kind = 'reversal'), 0)::bigint as reversed_fen`),
      db.raw('coalesce(sum(p.amount_fen), 0)::bigint as net_fen'),
    );
  return row;
}

export type RegisterRow = PaymentRow & { request_number: string; unit_id: number; unit_code: string; unit_name_zh: string; unit_name_en: string; supplier_id: number; supplier_name: string; payee: string };

export function registerRows(db: Knex, filtered: Knex.QueryBuilder): Knex.QueryBuilder {
  return payments(db)
    .join('payment_requests as r', 'r.id', 'p.request_id')
    .join(unitsView(db).as('u'), 'u.id', 'r.unit_id')
    .join(suppliersView(db).as('s'), 's.id', 'r.supplier_id')
    .whereIn('p.id', filtered.clone().select('p.id'))
    .select('r.number as request_number', 'r.unit_id', ...UNIT_COLUMNS, 'r.supplier_id', 's.shop_name as supplier_name', 'r.payee')
    .orderBy([{ column: 'p.paid_on', order: 'desc' }, { column: 'p.id', order: 'desc' }]);
}
