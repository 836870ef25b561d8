import type { Knex } from 'knex';
import type { VcStatus } from '@portal/domain';
import { attachmentsView } from '../attachments/attachments.reads.repo';
import { paymentRegisterView, requestOrdersView } from '../payment-requests/payment-requests.reads.repo';
import { invoiceOrdersView, invoiceRegisterView } from '../purchase-invoices/purchase-invoices.reads.repo';
import { ordersView, virtualContractsView } from '../purchase-orders/purchase-orders.reads.repo';
import { suppliersView } from '../suppliers/suppliers.reads.repo';
import { unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';
import { plainRows, sub, unitFilters, dateFilter, search, LedgerFilter, LedgerQueries } from './purchase-ledgers.query.repo';

/** The three registers beside the orders ledger: 采购虚拟合同台账, 付款登记台账 and 发票交接登记. */

/* ---------- 采购虚拟合同台账 ---------- */

export interface VcLedgerDbRow {
  id: number;
  number: string;
  status: VcStatus;
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
