import type { Knex } from 'knex';
import {
  calendarDay,
  COMPANY_INVOICE_PROFILE,
  formatFen,
  hasAnyRole,
  invoiceableFen,
  invoiceAmountProblem,
  invoiceNumberProblem,
  invoiceStatus,
  PAYMENT_PAYER_ROLES,
  SETTLEMENT_KEEPER_ROLES,
  SETTLEMENT_READ_ALL_ROLES,
  taxpayerIdProblem,
} from '@portal/domain';
import type { InvoiceableOrders, InvoiceHandover, InvoiceHandoverList, PurchaseInvoiceDetail, PurchaseInvoiceList, PurchaseInvoiceRow } from '@portal/domain/contracts';
import { pageOf } from '../../db/paging';
import { AppError, Conflict, Forbidden } from '../../http/errors';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import { nextNumber } from '../numbering/numbering.service';
import { unitRef } from '../units/units.refs';
import { grantsReach, inScopeOr404, subtreeScope, type Scope } from '../units/units.scope';
import * as repo from './purchase-invoices.repo';
import type { BrowseInvoices, CreateInvoice, HandoversQuery } from './purchase-invoices.schema';

/** A rule of the business the invoice breaks: 422, naming the field. */
function unprocessable(path: string, key: string, params: Record<string, unknown> = {}): AppError {
  return new AppError(422, 'unprocessable', key, params, [{ path, message: key, params }]);
}

const yuan = (fen: number) => `¥${formatFen(fen)}`;
const iso = (d: Date | string) => new Date(d).toISOString();
const person = (id: number | null, name: string | null) => (id === null ? null : { id, name: name ?? '' });

// ---------------------------------------------------------------------------
// Scope: a buying unit's clerk sees its own invoices (another unit's is 404); leaders, finance, audit all.

async function readScope(db: Knex, viewer: SessionUser): Promise<Scope> {
  if (hasAnyRole(viewer.roles, SETTLEMENT_READ_ALL_ROLES)) return null;
  return subtreeScope(db, viewer.roles, SETTLEMENT_KEEPER_ROLES);
}

function keepScope(db: Knex, viewer: SessionUser): Promise<Scope> {
  return subtreeScope(db, viewer.roles, SETTLEMENT_KEEPER_ROLES);
}

function keeps(db: Knex, viewer: SessionUser, unitId: number): Promise<boolean> {
  return grantsReach(db, viewer.roles, SETTLEMENT_KEEPER_ROLES, unitId);
}

async function visibleInvoice(db: Knex, viewer: SessionUser, id: number, opts: { lock?: boolean } = {}): Promise<repo.InvoiceRow> {
  const row = await repo.findInvoice(db, id, opts);
  return inScopeOr404(row ? await readScope(db, viewer) : [], row, (r) => r.unit_id);
}

async function visibleHandover(db: Knex, viewer: SessionUser, id: number, opts: { lock?: boolean } = {}): Promise<repo.HandoverRow> {
  const row = await repo.findHandover(db, id, opts);
  return inScopeOr404(row ? await readScope(db, viewer) : [], row, (r) => r.unit_id);
}

// ---------------------------------------------------------------------------
// Invoices

function toRow(r: repo.InvoiceRow, lang: Lang): PurchaseInvoiceRow {
  return {
    id: r.id,
    unit: unitRef(r, lang),
    kind: r.kind,
    code: r.code,
    invoiceNo: r.invoice_no,
    issuedOn: r.issued_on,
    sellerName: r.seller_name,
    sellerTaxId: r.seller_tax_id,
    amountFen: r.amount_fen,
    taxRateBp: r.tax_rate_bp,
    taxFen: r.tax_fen,
    totalFen: r.total_fen,
    status: invoiceStatus({ signedAt: r.signed_at, handoverId: r.handover_id, handoverConfirmed: r.handover_confirmed }),
    handover: r.handover_id === null ? null : { id: r.handover_id, number: r.handover_number ?? '' },
    createdAt: iso(r.created_at),
  };
}

export async function invoiceable(db: Knex, viewer: SessionUser, supplierId: number | undefined): Promise<InvoiceableOrders> {
  const rows = await repo.invoiceableOrders(db, { unitIds: await keepScope(db, viewer), supplierId });
  return {
    items: rows
      .map((r) => ({
        orderId: r.order_id,
        number: r.number,
        platformOrderNo: r.platform_order_no,
        orderedOn: r.ordered_on,
        supplier: { id: r.supplier_id, name: r.supplier_name },
        totalFen: r.total_fen,
        invoicedFen: r.invoiced_fen,
        invoiceableFen: invoiceableFen({ totalFen: r.total_fen, invoicedFen: r.invoiced_fen }),
      }))
      .filter((o) => o.invoiceableFen > 0),
  };
}

export async function browse(db: Knex, viewer: SessionUser, lang: Lang, f: BrowseInvoices): Promise<PurchaseInvoiceList> {
  const filtered = repo.filteredInvoices(db, { unitIds: await readScope(db, viewer), status: f.status, kind: f.kind, q: f.q });
  const { items, total } = await pageOf<repo.InvoiceRow>(filtered, f, (qb) => repo.invoiceRows(db, qb));
  return { items: items.map((r) => toRow(r, lang)), total };
}

export async function read(db: Knex, viewer: SessionUser, lang: Lang, id: number): Promise<PurchaseInvoiceDetail> {
  const r = await visibleInvoice(db, viewer, id);
  // One after another: `db` may be a transaction (the seed), which runs one query at a time.
  const orders = await repo.ordersOfInvoice(db, id);
  const keeper = await keeps(db, viewer, r.unit_id);
  return {
    ...toRow(r, lang),
    header: r.header,
    buyerTaxId: r.buyer_tax_id,
    buyerAddress: r.buyer_address,
    buyerPhone: r.buyer_phone,
    buyerBank: r.buyer_bank,
    buyerAccount: r.buyer_account,
    orders: orders.map((o) => ({ orderId: o.order_id, number: o.number, platformOrderNo: o.platform_order_no, totalFen: o.total_fen, amountFen: o.amount_fen })),
    signedBy: person(r.signed_by, r.signed_by_name),
    signedAt: r.signed_at ? iso(r.signed_at) : null,
    createdBy: person(r.created_by, r.created_by_name),
    version: r.version,
    can: { sign: keeper && !r.signed_at },
  };
}

const VAT_FIELDS = ['buyerTaxId', 'buyerAddress', 'buyerPhone', 'buyerBank', 'buyerAccount'] as const;

/** Every rule of the invoice itself, before anything is read: 422 naming the first field it breaks. */
function checkInvoice(input: CreateInvoice, lang: Lang): void {
  const number = invoiceNumberProblem(input.code, input.invoiceNo);
  if (number) throw unprocessable(number.field, `purchaseInvoices.${number.problem}`);
  if (input.header !== COMPANY_INVOICE_PROFILE.name) throw unprocessable('header', 'purchaseInvoices.header', { name: COMPANY_INVOICE_PROFILE.name });
  const seller = taxpayerIdProblem(input.sellerTaxId);
  if (seller) throw unprocessable('sellerTaxId', `purchaseInvoices.taxId.${seller}`);
  if (input.kind === 'vat_special') {
    const missing = VAT_FIELDS.filter((f) => !input[f]);
    if (missing.length) {
      const key = 'purchaseInvoices.vatMissing';
      throw new AppError(
        422,
        'unprocessable',
        key,
        { field: t(`purchaseInvoices.field.${missing[0]}`, lang) },
        missing.map((f) => ({ path: f, message: key, params: { field: t(`purchaseInvoices.field.${f}`, lang) } })),
      );
    }
    if (input.buyerTaxId !== COMPANY_INVOICE_PROFILE.taxId) throw unprocessable('buyerTaxId', 'purchaseInvoices.buyerTaxId', { taxId: COMPANY_INVOICE_PROFILE.taxId });
  }
  const amounts = invoiceAmountProblem({ ...input, partsFen: input.orders.map((o) => o.amountFen) });
  if (amounts) throw unprocessable(amounts.field, `purchaseInvoices.${amounts.problem}`);
}

export async function create(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, input: CreateInvoice): Promise<PurchaseInvoiceDetail> {
  checkInvoice(input, lang);
  const orderIds = input.orders.map((o) => o.orderId);
  const id = await db.transaction(async (trx) => {
    await repo.lockOrders(trx, orderIds);
    const scope = await keepScope(trx, viewer);
    const rows = await repo.invoiceableOrders(trx, { unitIds: null, orderIds });
    const orders = input.orders.map((o) => ({ ...o, row: inScopeOr404(scope, rows.find((r) => r.order_id === o.orderId), (r) => r.unit_id) }));
    const unitId = orders[0].row.unit_id;
    if (orders.some((o) => o.row.unit_id !== unitId)) throw unprocessable('orders', 'purchaseInvoices.otherUnit');
    // Invoiced totals never exceed the orders' amounts (with what other invoices already carry).
    for (const [i, o] of orders.entries()) {
      if (o.amountFen > invoiceableFen({ totalFen: o.row.total_fen, invoicedFen: o.row.invoiced_fen })) {
        throw unprocessable(`orders.${i}.amountFen`, 'purchaseInvoices.overOrder', {
          order: o.row.number,
          invoiced: yuan(o.row.invoiced_fen),
          amount: yuan(o.amountFen),
          total: yuan(o.row.total_fen),
        });
      }
    }
    const values: repo.InvoiceValues = {
      unit_id: unitId,
      kind: input.kind,
      code: input.code,
      invoice_no: input.invoiceNo,
      issued_on: input.issuedOn,
      header: input.header,
      seller_name: input.sellerName,
      seller_tax_id: input.sellerTaxId,
      buyer_tax_id: input.buyerTaxId,
      buyer_address: input.buyerAddress,
      buyer_phone: input.buyerPhone,
      buyer_bank: input.buyerBank,
      buyer_account: input.buyerAccount,
      amount_fen: input.amountFen,
      tax_rate_bp: input.taxRateBp,
      tax_fen: input.taxFen,
      total_fen: input.totalFen,
      created_by: viewer.id,
    };
    let newId: number;
    try {
      // The same invoice twice is refused by the database's unique (code, invoice_no), whoever races.
      newId = await repo.insertInvoice(trx, values, input.orders);
    } catch (err) {
      if ((err as { code?: string }).code !== '23505') throw err;
      throw new Conflict('purchaseInvoices.duplicate', { code: input.code || '—', number: input.invoiceNo }, [
        { path: 'invoiceNo', message: 'purchaseInvoices.duplicate', params: { code: input.code || '—', number: input.invoiceNo } },
      ]);
    }
    await audit(trx, actor, { action: 'purchase_invoice.create', entity: 'purchase_invoice', entityId: newId, after: { ...values, orders: input.orders } });
    return newId;
  });
  return read(db, viewer, lang, id);
}

/** 签收: the clerk of its unit signs for the paper (or the file) once. */
export async function sign(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, version: number): Promise<PurchaseInvoiceDetail> {
  await db.transaction(async (trx) => {
    const r = await visibleInvoice(trx, viewer, id, { lock: true });
    if (!(await keeps(trx, viewer, r.unit_id))) throw new Forbidden('purchaseInvoices.notYourUnit');
    if (r.signed_at) throw new Conflict('purchaseInvoices.alreadySigned');
    if (!(await repo.updateInvoice(trx, id, version, { signed_by: viewer.id, signed_at: new Date() }))) throw Conflict.stale();
    await audit(trx, actor, { action: 'purchase_invoice.sign', entity: 'purchase_invoice', entityId: id, after: { signedBy: viewer.id } });
  });
  return read(db, viewer, lang, id);
}

// ---------------------------------------------------------------------------
// Handovers (交接单)

async function toHandover(db: Knex, viewer: SessionUser, lang: Lang, h: repo.HandoverRow): Promise<InvoiceHandover> {
  const rows = (await repo.invoiceRows(db, repo.filteredInvoices(db, { unitIds: null, handoverId: h.id }))) as repo.InvoiceRow[];
  return {
    ...handoverSummary(h, lang),
    invoices: rows.map((r) => toRow(r, lang)),
    can: { confirm: h.status === 'sent' && hasAnyRole(viewer.roles, PAYMENT_PAYER_ROLES) },
  };
}

function handoverSummary(h: repo.HandoverRow, lang: Lang) {
  return {
    id: h.id,
    number: h.number,
    unit: unitRef(h, lang),
    status: h.status,
    invoiceCount: h.invoice_count,
    totalFen: h.total_fen,
    createdBy: person(h.created_by, h.created_by_name),
    createdAt: iso(h.created_at),
    confirmedBy: person(h.confirmed_by, h.confirmed_by_name),
    confirmedAt: h.confirmed_at ? iso(h.confirmed_at) : null,
    version: h.version,
  };
}

export async function browseHandovers(db: Knex, viewer: SessionUser, lang: Lang, f: HandoversQuery): Promise<InvoiceHandoverList> {
  const filtered = repo.filteredHandovers(db, { unitIds: await readScope(db, viewer), status: f.status });
  const { items, total } = await pageOf<repo.HandoverRow>(filtered, f, (qb) => repo.handoverRows(db, qb));
  return { items: items.map((h) => handoverSummary(h, lang)), total };
}

export async function readHandover(db: Knex, viewer: SessionUser, lang: Lang, id: number): Promise<InvoiceHandover> {
  return toHandover(db, viewer, lang, await visibleHandover(db, viewer, id));
}

/** A batch of the clerk's signed invoices, all of one unit and in no other batch. */
export async function handOver(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, invoiceIds: number[]): Promise<InvoiceHandover> {
  const ids = [...new Set(invoiceIds)];
  const id = await db.transaction(async (trx) => {
    const scope = await readScope(trx, viewer);
    const rows: repo.InvoiceRow[] = [];
    for (const invoiceId of ids.sort((a, b) => a - b)) rows.push(inScopeOr404(scope, await repo.findInvoice(trx, invoiceId, { lock: true }), (r) => r.unit_id));
    const unitId = rows[0].unit_id;
    if (!(await keeps(trx, viewer, unitId))) throw new Forbidden('purchaseInvoices.notYourUnit');
    if (rows.some((r) => r.unit_id !== unitId || !r.signed_at || r.handover_id !== null)) throw unprocessable('invoiceIds', 'purchaseInvoices.notHandable');
    const month = calendarDay(new Date()).slice(0, 7);
    const seq = await nextNumber(trx, { type: 'invoice_handover', unitId, period: month });
    const number = `JJ-${rows[0].unit_code}-${month.replace('-', '')}-${String(seq).padStart(4, '0')}`;
    const handoverId = await repo.insertHandover(trx, { number, unit_id: unitId, created_by: viewer.id });
    if ((await repo.attachInvoices(trx, handoverId, ids)) !== ids.length) throw Conflict.stale();
    await audit(trx, actor, { action: 'invoice_handover.create', entity: 'invoice_handover', entityId: handoverId, after: { number, invoiceIds: ids } });
    return handoverId;
  });
  return readHandover(db, viewer, lang, id);
}

/** Finance confirms receipt; from then on the database refuses any change to those invoices. */
export async function confirm(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, version: number): Promise<InvoiceHandover> {
  await db.transaction(async (trx) => {
    const h = await visibleHandover(trx, viewer, id, { lock: true });
    if (h.status === 'confirmed') throw new Conflict('purchaseInvoices.alreadyConfirmed');
    if (!(await repo.confirmHandover(trx, id, version, viewer.id))) throw Conflict.stale();
    await audit(trx, actor, { action: 'invoice_handover.confirm', entity: 'invoice_handover', entityId: id, before: { status: 'sent' }, after: { status: 'confirmed' } });
  });
  return readHandover(db, viewer, lang, id);
}

export async function countToConfirm(db: Knex, viewer: SessionUser): Promise<number> {
  return repo.countHandovers(db, { unitIds: await readScope(db, viewer), status: 'sent' });
}

export async function countToInvoice(db: Knex, viewer: SessionUser): Promise<number> {
  return repo.countDeliveredNotInvoiced(db, await keepScope(db, viewer));
}
