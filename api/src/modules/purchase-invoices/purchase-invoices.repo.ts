import type { Knex } from 'knex';
import type { InvoiceKind, InvoiceStatus } from '@portal/domain';
import { likePattern } from '../../db/like';
import { insertedId, updateAtVersion } from '../../db/rows';
import { holdOrders, orderFiguresView, ordersView } from '../purchase-orders/purchase-orders.reads.repo';
import { suppliersView } from '../suppliers/suppliers.reads.repo';
import { UNIT_COLUMNS, unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';

/**
 * Invoices for orders (发票), signed for by the clerk and handed over to finance in batches
 * (交接单). Orders, suppliers, units and people come through the views their modules publish.
 */

/** Advisory-lock class for "an order's invoiced amount is being changed". */
const ORDER_INVOICE_LOCK = 1_306_002;

/** Serialises invoices against the same orders (ascending ids, no deadlock), so two never overrun one order together. */
export async function lockOrders(trx: Knex, orderIds: readonly number[]): Promise<void> {
  for (const id of [...new Set(orderIds)].sort((a, b) => a - b)) await trx.raw('select pg_advisory_xact_lock(?, ?)', [ORDER_INVOICE_LOCK, id]);
  // And the orders held open: a cancellation cannot slip in between this read and the write.
  await holdOrders(trx, orderIds);
}

const invoicedByOrder = (db: Knex) =>
  db('purchase_invoice_orders').groupBy('order_id').select('order_id', db.raw('sum(amount_fen)::bigint as invoiced_fen'));

export interface InvoiceableRow {
  order_id: number;
  number: string;
  platform_order_no: string;
  ordered_on: string;
  unit_id: number;
  supplier_id: number;
  supplier_name: string;
  total_fen: number;
  invoiced_fen: number;
}

export function invoiceableOrders(db: Knex, f: { unitIds: readonly number[] | null; orderIds?: readonly number[]; supplierId?: number }): Promise<InvoiceableRow[]> {
  const q = db
    .from(ordersView(db).as('o'))
    .join(suppliersView(db).as('s'), 's.id', 'o.supplier_id')
    .leftJoin(invoicedByOrder(db).as('iv'), 'iv.order_id', 'o.id')
    .where('o.status', 'open')
    .select(
      'o.id as order_id',
      'o.number',
      'o.platform_order_no',
      'o.ordered_on',
      'o.unit_id',
      'o.supplier_id',
      's.shop_name as supplier_name',
      'o.total_fen',
      db.raw('coalesce(iv.invoiced_fen, 0)::bigint as invoiced_fen'),
    )
    .orderBy([{ column: 'o.ordered_on', order: 'desc' }, { column: 'o.id', order: 'desc' }]);
  if (f.unitIds) q.whereIn('o.unit_id', f.unitIds);
  if (f.orderIds) q.whereIn('o.id', f.orderIds);
  if (f.supplierId) q.where('o.supplier_id', f.supplierId);
  return q;
}

// ---------------------------------------------------------------------------
// Invoices

export interface InvoiceRow {
  id: number;
  unit_id: number;
  unit_code: string;
  unit_name_zh: string;
  unit_name_en: string;
  kind: InvoiceKind;
  code: string;
  invoice_no: string;
  issued_on: string;
  header: string;
  seller_name: string;
  seller_tax_id: string;
  buyer_tax_id: string | null;
  buyer_address: string | null;
  buyer_phone: string | null;
  buyer_bank: string | null;
  buyer_account: string | null;
  amount_fen: number;
  tax_rate_bp: number;
  tax_fen: number;
  total_fen: number;
  signed_by: number | null;
  signed_by_name: string | null;
  signed_at: Date | null;
  handover_id: number | null;
  handover_number: string | null;
  handover_confirmed: boolean;
  created_by: number | null;
  created_by_name: string | null;
  created_at: Date;
  version: number;
}

const invoices = (db: Knex) =>
  db('purchase_invoices as i')
    .join(unitsView(db).as('u'), 'u.id', 'i.unit_id')
    .leftJoin('invoice_handovers as h', 'h.id', 'i.handover_id')
    .leftJoin(usersView(db).as('sb'), 'sb.id', 'i.signed_by')
    .leftJoin(usersView(db).as('cb'), 'cb.id', 'i.created_by')
    .select(
      'i.*',
      ...UNIT_COLUMNS,
      'h.number as handover_number',
      db.raw(`coalesce(h.status = 'confirmed', false) as handover_confirmed`),
      'sb.display_name as signed_by_name',
      'cb.display_name as created_by_name',
    );

export async function findInvoice(db: Knex, id: number, opts: { lock?: boolean } = {}): Promise<InvoiceRow | undefined> {
  if (opts.lock) await db('purchase_invoices').where({ id }).forUpdate().first('id');
  return invoices(db).where('i.id', id).first();
}

export interface InvoiceFilter {
  unitIds: readonly number[] | null;
  status?: InvoiceStatus;
  kind?: InvoiceKind;
  q?: string;
  ids?: readonly number[];
  handoverId?: number;
}

export function filteredInvoices(db: Knex, f: InvoiceFilter): Knex.QueryBuilder {
  const q = db('purchase_invoices as i').leftJoin('invoice_handovers as h', 'h.id', 'i.handover_id');
  if (f.unitIds) q.whereIn('i.unit_id', f.unitIds);
  if (f.kind) q.where('i.kind', f.kind);
  if (f.ids) q.whereIn('i.id', f.ids);
  if (f.handoverId) q.where('i.handover_id', f.handoverId);
  if (f.status === 'recorded') q.whereNull('i.signed_at').whereNull('i.handover_id');
  if (f.status === 'signed') q.whereNotNull('i.signed_at').whereNull('i.handover_id');
  if (f.status === 'handed_over') q.where('h.status', 'sent');
  if (f.status === 'confirmed') q.where('h.status', 'confirmed');
  if (f.q) {
    const like = likePattern(f.q);
    q.where((w) => w.whereILike('i.invoice_no', like).orWhereILike('i.code', like).orWhereILike('i.seller_name', like));
  }
  return q;
}

export function invoiceRows(db: Knex, filtered: Knex.QueryBuilder): Knex.QueryBuilder {
  return invoices(db)
    .whereIn('i.id', filtered.select('i.id'))
    .orderBy([{ column: 'i.issued_on', order: 'desc' }, { column: 'i.id', order: 'desc' }]);
}

export type InvoiceValues = Omit<InvoiceRow, 'id' | 'unit_code' | 'unit_name_zh' | 'unit_name_en' | 'signed_by' | 'signed_by_name' | 'signed_at' | 'handover_id' | 'handover_number' | 'handover_confirmed' | 'created_by_name' | 'created_at' | 'version'>;

export async function insertInvoice(trx: Knex, values: InvoiceValues, orders: { orderId: number; amountFen: number }[]): Promise<number> {
  const id = await insertedId(trx('purchase_invoices'), values);
  await trx('purchase_invoice_orders').insert(orders.map((o) => ({ invoice_id: id, order_id: o.orderId, amount_fen: o.amountFen })));
  return id;
}

export function updateInvoice(trx: Knex, id: number, version: number, patch: Partial<{ signed_by: number; signed_at: Date; handover_id: number }>): Promise<boolean> {
  return updateAtVersion(trx('purchase_invoices'), id, version, patch);
}

export function ordersOfInvoice(db: Knex, id: number): Promise<{ order_id: number; number: string; platform_order_no: string; total_fen: number; amount_fen: number }[]> {
  return db('purchase_invoice_orders as io')
    .join(ordersView(db).as('o'), 'o.id', 'io.order_id')
    .where('io.invoice_id', id)
    .select('io.order_id', 'o.number', 'o.platform_order_no', 'o.total_fen', 'io.amount_fen')
    .orderBy('o.id');
}

// ---------------------------------------------------------------------------
// Handovers

export interface HandoverRow {
  id: number;
  number: string;
  unit_id: number;
  unit_code: string;
  unit_name_zh: string;
  unit_name_en: string;
  status: 'sent' | 'confirmed';
  created_by: number | null;
  created_by_name: string | null;
  created_at: Date;
  confirmed_by: number | null;
  confirmed_by_name: string | null;
  confirmed_at: Date | null;
  version: number;
  invoice_count: number;
  total_fen: number;
}

const handovers = (db: Knex) =>
  db('invoice_handovers as h')
    .join(unitsView(db).as('u'), 'u.id', 'h.unit_id')
    .leftJoin(usersView(db).as('cb'), 'cb.id', 'h.created_by')
    .leftJoin(usersView(db).as('fb'), 'fb.id', 'h.confirmed_by')
    .select(
      'h.*',
      ...UNIT_COLUMNS,
      'cb.display_name as created_by_name',
      'fb.display_name as confirmed_by_name',
      db.raw('(select count(*) from purchase_invoices x where x.handover_id = h.id)::int as invoice_count'),
      db.raw('(select coalesce(sum(x.total_fen), 0) from purchase_invoices x where x.handover_id = h.id)::bigint as total_fen'),
    );

export async function findHandover(db: Knex, id: number, opts: { lock?: boolean } = {}): Promise<HandoverRow | undefined> {
  if (opts.lock) await db('invoice_handovers').where({ id }).forUpdate().first('id');
  return handovers(db).where('h.id', id).first();
}

export function filteredHandovers(db: Knex, f: { unitIds: readonly number[] | null; status?: 'sent' | 'confirmed' }): Knex.QueryBuilder {
  const q = db('invoice_handovers as h');
  if (f.unitIds) q.whereIn('h.unit_id', f.unitIds);
  if (f.status) q.where('h.status', f.status);
  return q;
}

export function handoverRows(db: Knex, filtered: Knex.QueryBuilder): Knex.QueryBuilder {
  return handovers(db)
    .whereIn('h.id', filtered.select('h.id'))
    .orderBy([{ column: 'h.created_at', order: 'desc' }, { column: 'h.id', order: 'desc' }]);
}

export function countHandovers(db: Knex, f: { unitIds: readonly number[] | null; status: 'sent' | 'confirmed' }): Promise<number> {
  return filteredHandovers(db, f)
    .count<{ n: number }[]>({ n: '*' })
    .then(([r]) => Number(r.n));
}

export function insertHandover(trx: Knex, values: { number: string; unit_id: number; created_by: number }): Promise<number> {
  return insertedId(trx('invoice_handovers'), values);
}

/** Puts the invoices into the batch: only those still signed and in none (the count tells the caller whether all were). */
export function attachInvoices(trx: Knex, handoverId: number, ids: readonly number[]): Promise<number> {
  return trx('purchase_invoices')
    .whereIn('id', ids)
    .whereNull('handover_id')
    .whereNotNull('signed_at')
    .update({ handover_id: handoverId, version: trx.raw('version + 1'), updated_at: trx.raw('CURRENT_TIMESTAMP') });
}

/** The batch has no updated_at (confirmed_at is its one change), so the version check is written out here. */
export async function confirmHandover(trx: Knex, id: number, version: number, by: number): Promise<boolean> {
  const n = await trx('invoice_handovers')
    .where({ id, version, status: 'sent' })
    .update({ status: 'confirmed', confirmed_by: by, confirmed_at: trx.raw('CURRENT_TIMESTAMP'), version: version + 1 });
  return n === 1;
}

/** Open orders with goods accepted that invoices do not yet cover in full: the clerk has invoices to chase. */
export async function countDeliveredNotInvoiced(db: Knex, unitIds: readonly number[] | null): Promise<number> {
  const q = db
    .from(ordersView(db).as('o'))
    .join(orderFiguresView(db).as('f'), 'f.order_id', 'o.id')
    .leftJoin(invoicedByOrder(db).as('iv'), 'iv.order_id', 'o.id')
    .where('o.status', 'open')
    .where('f.accepted_fen', '>', 0)
    .whereRaw('coalesce(iv.invoiced_fen, 0) < o.total_fen');
  if (unitIds) q.whereIn('o.unit_id', unitIds);
  const [{ n }] = await q.count<{ n: number }[]>({ n: '*' });
  return Number(n);
}
