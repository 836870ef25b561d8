import type { Knex } from 'knex';
import { likePattern } from '../../db/like';
import { attachmentsView } from '../attachments/attachments.reads.repo';
import { itemsView } from '../items/items.reads.repo';
import { paidOfOrder, paidOfOrders, paymentRegisterView, requestOrdersView } from '../payment-requests/payment-requests.reads.repo';
import { planLineSourcesView } from '../purchase-plans/purchase-plans.reads.repo';
import { invoicedOfOrder, invoicedOfOrders, invoiceOrdersView, invoiceRegisterView } from '../purchase-invoices/purchase-invoices.reads.repo';
import { acceptedOfOrders, orderFiguresOf, orderLineAmountsView, ordersView, virtualContractsView } from '../purchase-orders/purchase-orders.reads.repo';
import { requestLinesView } from '../purchase-requests/purchase-requests.reads.repo';
import { suppliersView } from '../suppliers/suppliers.reads.repo';
import { unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';

/**
 * The purchasing ledgers read other modules' records only through what those modules publish
 * (their *.reads.repo.ts); this module has no table. Each ledger is one query builder over its
 * filters, used three ways: a page (newest first), the month totals, and the export, which walks
 * the same order in batches after a keyset cursor so memory stays flat however long it is.
 */

export interface LedgerFilter {
  /** The units the viewer may read (null: all). */
  scope: readonly number[] | null;
  unitId?: number;
  /** [from, until) of the ledger's date. */
  from?: string;
  until?: string;
  platform?: string;
  supplierId?: number;
  /** One order's rows: its ledger line (its three-way match), contract, payments or invoices. */
  orderId?: number;
  status?: string;
  q?: string;
}

/** Where an export batch resumes: after this (date, id) in the ledger's order (date desc, id desc). */
export interface Cursor {
  date: string;
  id: number;
}

/** Which rows of the ledger's order (date desc, id desc): after a cursor, or an offset, at most `limit`. */
export interface Window {
  after?: Cursor | null;
  offset?: number;
  limit: number;
}

export interface LedgerQueries {
  /** The filtered rows in the ledger's order, windowed; each has `ledger_date`, `id` and `amount_fen` (the money the totals add). */
  rows(db: Knex, f: LedgerFilter, w?: Window): Knex.QueryBuilder;
  /** The filtered set without what only a shown row needs: for counting and the month totals. */
  base(db: Knex, f: LedgerFilter): Knex.QueryBuilder;
  /** The base's date and money columns. */
  date: string;
  amount: string;
  /** The month totals when they need more than count and amount (the orders ledger's accepted, invoiced, paid). */
  totals?(db: Knex, f: LedgerFilter): Knex.QueryBuilder;
}

/** The window on a query whose rows carry `date` and `id` columns, in the ledger's order. */
function windowed(qb: Knex.QueryBuilder, date: string, id: string, w?: Window): Knex.QueryBuilder {
  qb.orderBy([{ column: date, order: 'desc' }, { column: id, order: 'desc' }]);
  if (!w) return qb;
  if (w.after) qb.whereRaw('(??, ??) < (?::date, ?)', [date, id, w.after.date, w.after.id]);
  if (w.offset) qb.offset(w.offset);
  return qb.limit(w.limit);
}

/** A ledger whose rows are plain joins on its base: the window goes on the outside. */
function plainRows(rows: (db: Knex, f: LedgerFilter) => Knex.QueryBuilder) {
  return (db: Knex, f: LedgerFilter, w?: Window) => windowed(db.from(rows(db, f).as('r')).select('r.*'), 'r.ledger_date', 'r.id', w);
}

/** A subquery as a raw binding (knex inlines it in parentheses; its types only take plain values). */
const sub = (qb: Knex.QueryBuilder) => qb as unknown as Knex.Value;

function unitFilters(qb: Knex.QueryBuilder, column: string, f: LedgerFilter): void {
  if (f.scope) qb.whereIn(column, f.scope);
  if (f.unitId !== undefined) qb.where(column, f.unitId);
}

function dateFilter(qb: Knex.QueryBuilder, column: string, f: LedgerFilter): void {
  if (f.from && f.until) qb.where(column, '>=', f.from).where(column, '<', f.until);
}

/** The search box: any of `columns` contains q; `alsoIn` adds "or the row covers an order whose number contains it". */
function search(db: Knex, qb: Knex.QueryBuilder, q: string | undefined, columns: readonly string[], alsoIn?: (orderIds: Knex.QueryBuilder) => [string, Knex.QueryBuilder]): void {
  if (!q) return;
  const like = likePattern(q);
  qb.where((w) => {
    for (const c of columns) w.orWhereILike(c, like);
    if (alsoIn) {
      const [column, ids] = alsoIn(db.from(ordersView(db).as('so')).whereILike('so.number', like).select('so.id'));
      w.orWhereIn(column, ids);
    }
  });
}

/* ---------- 网络采购电子台帐: orders with their three-way match ---------- */

/** An order's worth: its total less the refunds expected on returns; the match compares the rest with it (domain ledgerMatch). */
const WORTH = '(o.total_fen - f.refund_fen)';
export const MISMATCH_SQL = `case when iv.invoiced_fen > ${WORTH} then 'over_invoiced'
  when pd.paid_fen > ${WORTH} then 'over_paid'
  when f.fully_delivered and f.accepted_fen = 0 and pd.paid_fen > 0 then 'paid_nothing_accepted' end`;
export const MATCH_SQL = `case when (${MISMATCH_SQL}) is not null then 'mismatch'
  when not f.fully_delivered then 'awaiting_goods'
  when iv.invoiced_fen < ${WORTH} then 'awaiting_invoice'
  when pd.paid_fen < ${WORTH} then 'awaiting_payment'
  else 'complete' end`;

function ordersBase(db: Knex, f: Omit<LedgerFilter, 'status'>): Knex.QueryBuilder {
  const qb = db.from(ordersView(db).as('o'));
  unitFilters(qb, 'o.unit_id', f);
  dateFilter(qb, 'o.ordered_on', f);
  if (f.platform) qb.where('o.platform', f.platform);
  if (f.supplierId !== undefined) qb.where('o.supplier_id', f.supplierId);
  if (f.orderId !== undefined) qb.where('o.id', f.orderId);
  search(db, qb, f.q, ['o.number', 'o.platform_order_no', 'o.shop']);
  return qb;
}

export interface OrderLedgerDbRow {
  id: number;
  number: string;
  unit_id: number;
  unit_zh: string;
  unit_en: string;
  platform: string;
  platform_name: string | null;
  shop: string;
  supplier_id: number;
  supplier_name: string;
  platform_order_no: string;
  ordered_on: string;
  ledger_date: string;
  status: 'open' | 'cancelled';
  total_fen: number;
  amount_fen: number;
  refund_fen: number;
  accepted_fen: number;
  invoiced_fen: number;
  paid_fen: number;
  requested_fen: number;
  fully_delivered: boolean;
  any_delivered: boolean;
  above_lowest_lines: number;
  price_reasons: string | null;
  vc_number: string | null;
  vc_status: 'draft' | 'submitted' | 'confirmed' | 'returned' | null;
  match: string;
  mismatch: string | null;
}

/** Each order of the base with its figures, computed for those orders alone (lateral, by index). */
function ordersWithFigures(db: Knex, base: Knex.QueryBuilder): Knex.QueryBuilder {
  return base
    .joinRaw('cross join lateral ? as f', [sub(orderFiguresOf(db, 'o.id'))])
    .joinRaw('cross join lateral ? as iv', [sub(invoicedOfOrder(db, 'o.id'))])
    .joinRaw('cross join lateral ? as pd', [sub(paidOfOrder(db, 'o.id'))])
    .leftJoin(virtualContractsView(db).as('vc'), 'vc.order_id', 'o.id')
    .join(unitsView(db).as('un'), 'un.id', 'o.unit_id')
    .join(suppliersView(db).as('s'), 's.id', 'o.supplier_id')
    .select(
      'o.id',
      'o.number',
      'o.unit_id',
      'un.name_zh as unit_zh',
      'un.name_en as unit_en',
      'o.platform',
      'o.platform_name',
      'o.shop',
      'o.supplier_id',
      's.shop_name as supplier_name',
      'o.platform_order_no',
      'o.ordered_on',
      'o.ordered_on as ledger_date',
      'o.status',
      'o.total_fen',
      'o.total_fen as amount_fen',
      'f.refund_fen',
      'f.accepted_fen',
      'iv.invoiced_fen',
      'pd.paid_fen',
      'pd.requested_fen',
      'f.fully_delivered',
      'f.any_delivered',
      'f.above_lowest_lines',
      'f.price_reasons',
      'vc.number as vc_number',
      'vc.status as vc_status',
      db.raw(`${MATCH_SQL} as match`),
      db.raw(`${MISMATCH_SQL} as mismatch`),
    );
}

const monthOf = (column: string) => `to_char(${column}, 'YYYY-MM')`;

export const ordersLedger: LedgerQueries = {
  rows(db, f, w) {
    if (f.status) {
      // The status is the match, known only once each order's figures are: every filtered order is computed.
      const all = db.from(ordersWithFigures(db, ordersBase(db, f)).as('x')).select('x.*').where('x.match', f.status);
      return windowed(db.from(all.as('r')).select('r.*'), 'r.ledger_date', 'r.id', w);
    }
    // Otherwise the window is taken of the orders first, and only its rows get their figures.
    const page = windowed(ordersBase(db, f).select('o.*'), 'o.ordered_on', 'o.id', w);
    return windowed(db.from(ordersWithFigures(db, db.from(page.as('o'))).as('r')).select('r.*'), 'r.ledger_date', 'r.id');
  },
  base(db, f) {
    return f.status ? db.from(ordersWithFigures(db, ordersBase(db, f)).as('x')).select('x.*').where('x.match', f.status) : ordersBase(db, f);
  },
  date: 'ordered_on',
  amount: 'total_fen',
  totals(db, f) {
    if (f.status) {
      const x = ordersLedger.base(db, f).as('x');
      return db
        .from(x)
        .select(
          db.raw(`${monthOf('x.ordered_on')} as month`),
          db.raw('count(*)::int as count'),
          db.raw('coalesce(sum(x.total_fen), 0)::bigint as amount_fen'),
          db.raw('coalesce(sum(x.accepted_fen), 0)::bigint as accepted_fen'),
          db.raw('coalesce(sum(x.invoiced_fen), 0)::bigint as invoiced_fen'),
          db.raw('coalesce(sum(x.paid_fen), 0)::bigint as paid_fen'),
        )
        .groupByRaw('1')
        .orderBy('month', 'desc');
    }
    // Set-wise over the filtered orders: a month of a unit is thousands of orders, too many to compute one by one.
    const ids = () => ordersBase(db, f).select('o.id');
    return ordersBase(db, f)
      .leftJoin(acceptedOfOrders(db, ids).as('fa'), 'fa.order_id', 'o.id')
      .leftJoin(invoicedOfOrders(db, ids).as('fi'), 'fi.order_id', 'o.id')
      .leftJoin(paidOfOrders(db, ids).as('fp'), 'fp.order_id', 'o.id')
      .select(
        db.raw(`${monthOf('o.ordered_on')} as month`),
        db.raw('count(*)::int as count'),
        db.raw('coalesce(sum(o.total_fen), 0)::bigint as amount_fen'),
        db.raw('coalesce(sum(fa.accepted_fen), 0)::bigint as accepted_fen'),
        db.raw('coalesce(sum(fi.invoiced_fen), 0)::bigint as invoiced_fen'),
        db.raw('coalesce(sum(fp.paid_fen), 0)::bigint as paid_fen'),
      )
      .groupByRaw('1')
      .orderBy('month', 'desc');
  },
};

/* ---------- 采购虚拟合同台账 ---------- */

export interface VcLedgerDbRow {
  id: number;
  number: string;
  status: 'draft' | 'submitted' | 'confirmed' | 'returned';
  order_id: number;
  order_number: string;
  platform_order_no: string;
  unit_id: number;
  unit_zh: string;
  unit_en: string;
  platform: string;
  platform_name: string | null;
  supplier_id: number;
  supplier_name: string;
  ordered_on: string;
  ledger_date: string;
  amount_fen: number;
  attachment_id: number | null;
  attachment_filename: string | null;
  attachment_sha256: string | null;
  confirmed_by: number | null;
  confirmed_by_name: string | null;
  confirmed_at: Date | string | null;
}

/** The order page the clerk attached: on the virtual contract, or on its order (whichever the orders module keeps), the latest. */
const vcAttachment = (db: Knex) =>
  db
    .from(attachmentsView(db).as('att'))
    .whereRaw(`(att.owner_type = 'virtual_contract' and att.owner_id = vc.id) or (att.owner_type = 'purchase_order' and att.owner_id = o.id)`)
    .orderBy('att.id', 'desc')
    .limit(1)
    .select('att.id', 'att.filename', 'att.sha256');

function vcBase(db: Knex, f: LedgerFilter): Knex.QueryBuilder {
  const qb = db.from(virtualContractsView(db).as('vc')).join(ordersView(db).as('o'), 'o.id', 'vc.order_id');
  unitFilters(qb, 'o.unit_id', f);
  dateFilter(qb, 'o.ordered_on', f);
  if (f.platform) qb.where('o.platform', f.platform);
  if (f.supplierId !== undefined) qb.where('o.supplier_id', f.supplierId);
  if (f.orderId !== undefined) qb.where('o.id', f.orderId);
  if (f.status) qb.where('vc.status', f.status);
  search(db, qb, f.q, ['vc.number', 'o.number', 'o.platform_order_no']);
  return qb;
}

export const virtualContractsLedger: LedgerQueries = {
  rows: plainRows((db, f) =>
    vcBase(db, f)
      .join(unitsView(db).as('un'), 'un.id', 'o.unit_id')
      .join(suppliersView(db).as('s'), 's.id', 'o.supplier_id')
      .leftJoin(usersView(db).as('cu'), 'cu.id', 'vc.confirmed_by')
      .joinRaw('left join lateral ? as a on true', [sub(vcAttachment(db))])
      .select(
        'vc.id',
        'vc.number',
        'vc.status',
        'o.id as order_id',
        'o.number as order_number',
        'o.platform_order_no',
        'o.unit_id',
        'un.name_zh as unit_zh',
        'un.name_en as unit_en',
        'o.platform',
        'o.platform_name',
        'o.supplier_id',
        's.shop_name as supplier_name',
        'o.ordered_on',
        'o.ordered_on as ledger_date',
        'o.total_fen as amount_fen',
        'a.id as attachment_id',
        'a.filename as attachment_filename',
        'a.sha256 as attachment_sha256',
        'vc.confirmed_by',
        'cu.display_name as confirmed_by_name',
        'vc.confirmed_at',
      ),
  ),
  base: vcBase,
  date: 'o.ordered_on',
  amount: 'o.total_fen',
};

/* ---------- 付款登记台账 ---------- */

export interface PaymentLedgerDbRow {
  id: number;
  number: string;
  kind: 'payment' | 'reversal';
  amount_fen: number;
  paid_on: string;
  ledger_date: string;
  paying_account: string;
  bank_ref: string;
  reason: string | null;
  reverses_id: number | null;
  request_id: number;
  request_number: string;
  unit_id: number;
  unit_zh: string;
  unit_en: string;
  supplier_id: number;
  supplier_name: string;
  payee: string;
  method: 'bank' | 'platform';
  prepayment: boolean;
  orders: string | null;
  recorded_by: number | null;
  recorded_by_name: string | null;
  recorded_at: Date | string;
}

/** The ids of the orders that pass an order-side filter (platform, supplier, one order), for a ledger whose rows cover orders. */
function ordersMatching(db: Knex, f: LedgerFilter): Knex.QueryBuilder | null {
  if (!f.platform && f.supplierId === undefined && f.orderId === undefined) return null;
  const qb = db.from(ordersView(db).as('mo')).select('mo.id');
  if (f.platform) qb.where('mo.platform', f.platform);
  if (f.supplierId !== undefined) qb.where('mo.supplier_id', f.supplierId);
  if (f.orderId !== undefined) qb.where('mo.id', f.orderId);
  return qb;
}

function paymentsBase(db: Knex, f: LedgerFilter): Knex.QueryBuilder {
  const qb = db.from(paymentRegisterView(db).as('pr'));
  unitFilters(qb, 'pr.unit_id', f);
  dateFilter(qb, 'pr.paid_on', f);
  if (f.supplierId !== undefined) qb.where('pr.supplier_id', f.supplierId);
  // A request pays one supplier; the platform and the order are its orders'.
  const orders = ordersMatching(db, { ...f, supplierId: undefined });
  if (orders) qb.whereIn('pr.request_id', db.from(requestOrdersView(db).as('ro')).whereIn('ro.order_id', orders).select('ro.request_id'));
  if (f.status) qb.where('pr.kind', f.status);
  search(db, qb, f.q, ['pr.number', 'pr.request_number', 'pr.payee', 'pr.bank_ref'], (ids) => ['pr.request_id', db.from(requestOrdersView(db).as('sro')).whereIn('sro.order_id', ids).select('sro.request_id')]);
  return qb;
}

export const paymentsLedger: LedgerQueries = {
  rows: plainRows((db, f) =>
    paymentsBase(db, f)
      .join(unitsView(db).as('un'), 'un.id', 'pr.unit_id')
      .join(suppliersView(db).as('s'), 's.id', 'pr.supplier_id')
      .leftJoin(usersView(db).as('ru'), 'ru.id', 'pr.recorded_by')
      .select(
        'pr.id',
        'pr.number',
        'pr.kind',
        'pr.amount_fen',
        'pr.paid_on',
        'pr.paid_on as ledger_date',
        'pr.paying_account',
        'pr.bank_ref',
        'pr.reason',
        'pr.reverses_id',
        'pr.request_id',
        'pr.request_number',
        'pr.unit_id',
        'un.name_zh as unit_zh',
        'un.name_en as unit_en',
        'pr.supplier_id',
        's.shop_name as supplier_name',
        'pr.payee',
        'pr.method',
        'pr.prepayment',
        db
          .from(requestOrdersView(db).as('ro2'))
          .join(ordersView(db).as('o2'), 'o2.id', 'ro2.order_id')
          .whereRaw('ro2.request_id = pr.request_id')
          .select(db.raw(`string_agg(o2.number, ', ' order by o2.number)`))
          .as('orders'),
        'pr.recorded_by',
        'ru.display_name as recorded_by_name',
        'pr.recorded_at',
      ),
  ),
  base: paymentsBase,
  date: 'pr.paid_on',
  amount: 'pr.amount_fen',
};

/* ---------- 发票交接登记 ---------- */

export interface InvoiceLedgerDbRow {
  id: number;
  kind: 'ordinary' | 'vat_special';
  code: string;
  invoice_no: string;
  issued_on: string;
  ledger_date: string;
  unit_id: number;
  unit_zh: string;
  unit_en: string;
  seller_name: string;
  seller_tax_id: string;
  /** before tax; amount_fen (what the totals add) is the total with tax */
  net_fen: number;
  amount_fen: number;
  tax_fen: number;
  total_fen: number;
  orders: string | null;
  ledger_status: 'unsigned' | 'signed' | 'sent' | 'confirmed';
  signed_by: number | null;
  signed_by_name: string | null;
  signed_at: Date | string | null;
  handover_id: number | null;
  handover_number: string | null;
  handed_over_by: number | null;
  handed_over_by_name: string | null;
  handed_over_at: Date | string | null;
  confirmed_by: number | null;
  confirmed_by_name: string | null;
  confirmed_at: Date | string | null;
}

/** Where an invoice stands on its way to finance. */
const INVOICE_STATUS_SQL = `case when iv.handover_status = 'confirmed' then 'confirmed' when iv.handover_id is not null then 'sent'
  when iv.signed_at is not null then 'signed' else 'unsigned' end`;

function invoicesBase(db: Knex, f: LedgerFilter): Knex.QueryBuilder {
  const qb = db.from(invoiceRegisterView(db).as('iv'));
  unitFilters(qb, 'iv.unit_id', f);
  dateFilter(qb, 'iv.issued_on', f);
  const orders = ordersMatching(db, f);
  if (orders) qb.whereIn('iv.id', db.from(invoiceOrdersView(db).as('io')).whereIn('io.order_id', orders).select('io.invoice_id'));
  if (f.status) qb.whereRaw(`(${INVOICE_STATUS_SQL}) = ?`, [f.status]);
  search(db, qb, f.q, ['iv.invoice_no', 'iv.code', 'iv.seller_name', 'iv.handover_number'], (ids) => ['iv.id', db.from(invoiceOrdersView(db).as('sio')).whereIn('sio.order_id', ids).select('sio.invoice_id')]);
  return qb;
}

export const invoicesLedger: LedgerQueries = {
  rows: plainRows((db, f) =>
    invoicesBase(db, f)
      .join(unitsView(db).as('un'), 'un.id', 'iv.unit_id')
      .leftJoin(usersView(db).as('su'), 'su.id', 'iv.signed_by')
      .leftJoin(usersView(db).as('hu'), 'hu.id', 'iv.handed_over_by')
      .leftJoin(usersView(db).as('cu'), 'cu.id', 'iv.confirmed_by')
      .select(
        'iv.id',
        'iv.kind',
        'iv.code',
        'iv.invoice_no',
        'iv.issued_on',
        'iv.issued_on as ledger_date',
        'iv.unit_id',
        'un.name_zh as unit_zh',
        'un.name_en as unit_en',
        'iv.seller_name',
        'iv.seller_tax_id',
        'iv.amount_fen as net_fen',
        'iv.tax_fen',
        'iv.total_fen',
        // The register adds up what finance receives: the invoices' totals with tax.
        'iv.total_fen as amount_fen',
        db
          .from(invoiceOrdersView(db).as('io2'))
          .join(ordersView(db).as('o2'), 'o2.id', 'io2.order_id')
          .whereRaw('io2.invoice_id = iv.id')
          .select(db.raw(`string_agg(o2.number, ', ' order by o2.number)`))
          .as('orders'),
        db.raw(`${INVOICE_STATUS_SQL} as ledger_status`),
        'iv.signed_by',
        'su.display_name as signed_by_name',
        'iv.signed_at',
        'iv.handover_id',
        'iv.handover_number',
        'iv.handed_over_by',
        'hu.display_name as handed_over_by_name',
        'iv.handed_over_at',
        'iv.confirmed_by',
        'cu.display_name as confirmed_by_name',
        'iv.confirmed_at',
      ),
  ),
  base: invoicesBase,
  date: 'iv.issued_on',
  amount: 'iv.total_fen',
};

/* ---------- shared: page, month totals, export batches ---------- */

/** One page, newest first (by the ledger's date, then id), and how many rows the filters keep. */
export async function ledgerPage<T>(db: Knex, l: LedgerQueries, f: LedgerFilter, p: { page: number; pageSize: number }): Promise<{ items: T[]; total: number }> {
  const [total, items] = await Promise.all([ledgerCount(db, l, f), l.rows(db, f, { offset: (p.page - 1) * p.pageSize, limit: p.pageSize })]);
  return { items: items as T[], total };
}

export async function ledgerCount(db: Knex, l: LedgerQueries, f: LedgerFilter): Promise<number> {
  const [{ n }] = await db.from(l.base(db, f).as('c')).count<{ n: number }[]>({ n: '*' });
  return Number(n);
}

export interface MonthTotalRow {
  month: string;
  count: number;
  amount_fen: number;
  accepted_fen?: number;
  invoiced_fen?: number;
  paid_fen?: number;
}

/** Per month of the ledger's date: how many rows and what they add up to. */
export async function monthTotals(db: Knex, l: LedgerQueries, f: LedgerFilter): Promise<MonthTotalRow[]> {
  if (l.totals) return l.totals(db, f);
  return l
    .base(db, f)
    .clearSelect()
    .select(db.raw(`${monthOf(l.date)} as month`), db.raw('count(*)::int as count'), db.raw('coalesce(sum(??), 0)::bigint as amount_fen', [l.amount]))
    .groupByRaw('1')
    .orderBy('month', 'desc');
}

/** The next batch of an export after `after`, in the page order. */
export async function ledgerBatch<T>(db: Knex, l: LedgerQueries, f: LedgerFilter, after: Cursor | null, size: number): Promise<T[]> {
  return (await l.rows(db, f, { after, limit: size })) as T[];
}

/* ---------- mismatches and spend ---------- */

export interface SpendPlatformRow {
  platform: string;
  platform_name: string | null;
  orders: number;
  amount_fen: number;
}

function spendOrders(db: Knex, f: LedgerFilter): Knex.QueryBuilder {
  const qb = db.from(ordersView(db).as('o')).whereNot('o.status', 'cancelled');
  unitFilters(qb, 'o.unit_id', f);
  dateFilter(qb, 'o.ordered_on', f);
  return qb;
}

export function spendByPlatform(db: Knex, f: LedgerFilter): Promise<SpendPlatformRow[]> {
  return spendOrders(db, f)
    .groupBy('o.platform', 'o.platform_name')
    .select('o.platform', 'o.platform_name', db.raw('count(*)::int as orders'), db.raw('sum(o.total_fen)::bigint as amount_fen'))
    .orderBy('amount_fen', 'desc');
}

export function spendByCategory(db: Knex, f: LedgerFilter): Promise<{ category: string; amount_fen: number }[]> {
  return spendOrders(db, f)
    .join(orderLineAmountsView(db).as('la'), 'la.order_id', 'o.id')
    .join(itemsView(db).as('i'), 'i.id', 'la.item_id')
    .groupBy('i.category')
    .select('i.category', db.raw('sum(la.amount_fen)::bigint as amount_fen'))
    .orderBy('amount_fen', 'desc');
}

/**
 * Goods bought for each requesting department: a line's amount spread over the departments whose
 * request lines the plan line consolidated, in proportion to their quantities; a line with no
 * such request (the clerk's own addition) stays unassigned (department null).
 */
export function spendByDepartment(db: Knex, f: LedgerFilter): Promise<{ department_id: number | null; name_zh: string | null; name_en: string | null; amount_fen: number }[]> {
  const shares = db
    .from(planLineSourcesView(db).as('pls'))
    .join(requestLinesView(db).as('rl'), 'rl.id', 'pls.request_line_id')
    .groupBy('pls.plan_line_id', 'rl.department_id')
    .select(
      'pls.plan_line_id',
      'rl.department_id',
      db.raw('sum(rl.quantity) as qty'),
      db.raw('sum(sum(rl.quantity)) over (partition by pls.plan_line_id) as line_qty'),
    );
  return spendOrders(db, f)
    .join(orderLineAmountsView(db).as('la'), 'la.order_id', 'o.id')
    .leftJoin(shares.as('sh'), 'sh.plan_line_id', 'la.plan_line_id')
    .leftJoin(unitsView(db).as('dn'), 'dn.id', 'sh.department_id')
    .groupBy('sh.department_id', 'dn.name_zh', 'dn.name_en')
    .select(
      'sh.department_id',
      'dn.name_zh',
      'dn.name_en',
      db.raw('round(sum(case when sh.line_qty > 0 then la.amount_fen * sh.qty / sh.line_qty else la.amount_fen end))::bigint as amount_fen'),
    )
    .orderBy('amount_fen', 'desc');
}
