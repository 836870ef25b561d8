import type { Knex } from 'knex';
import type { Response } from 'express';
import {
  allocatePayment,
  calendarDay,
  contractOwedFen,
  formatFen,
  hasAnyRole,
  isPrepayment,
  owedFen,
  PAYMENT_PAYER_ROLES,
  PAYMENT_REQUEST_OPEN_STATUSES,
  PAYMENT_REQUEST_STATUS_LABELS,
  SETTLEMENT_KEEPER_ROLES,
  SETTLEMENT_READ_ALL_ROLES,
  type PaymentRequestStatus,
} from '@portal/domain';
import type { OwedOrders, PaymentEntry, PaymentRegister, PaymentRegisterRow, PaymentRequestDetail, PaymentRequestList, PaymentRequestRow } from '@portal/domain/contracts';
import { pageOf } from '../../db/paging';
import { AppError, Conflict, Forbidden, NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import * as approvals from '../approvals/approvals.service';
import { audit } from '../audit/audit.service';
import { nextNumber } from '../numbering/numbering.service';
import { unitRef } from '../units/units.refs';
import { grantsReach, inScopeOr404, subtreeScope, type Scope } from '../units/units.scope';
import * as repo from './payment-requests.repo';
import type { BrowseRequests, CreateRequest, PayInput, RegisterQuery, ReverseInput } from './payment-requests.schema';
import { writeRegisterXlsx } from './payment-requests.xlsx';

export const DOCUMENT_TYPE = 'payment_request';

/** A rule of the business the request breaks: 422, naming the field (the input itself was well-formed). */
export function unprocessable(path: string, key: string, params: Record<string, unknown> = {}): AppError {
  return new AppError(422, 'unprocessable', key, params, [{ path, message: key, params }]);
}

const yuan = (fen: number) => `¥${formatFen(fen)}`;

/**
 * What an order still owes: a mall order its total less refunds (paid up front on the platform);
 * a contract order only the goods accepted in deliveries its unit's head has reviewed (issue 15).
 */
const owedOf = (r: repo.OwedRow) =>
  r.source === 'contract'
    ? contractOwedFen({ reviewedFen: r.reviewed_fen, requestedFen: r.requested_fen })
    : owedFen({ totalFen: r.total_fen, refundFen: r.refund_fen, requestedFen: r.requested_fen });

/** Settlement before review: a contract order with nothing reviewed to pay for, naming the deliveries awaiting review. */
function awaitingReview(rows: readonly repo.OwedRow[], lang: Lang): AppError | null {
  const blocked = rows.filter((r) => r.source === 'contract' && owedOf(r) === 0 && (r.unreviewed !== null || r.reviewed_fen === 0));
  if (!blocked.length) return null;
  const sep = lang === 'zh' ? '、' : ', ';
  const unreviewed = blocked.flatMap((r) => (r.unreviewed ? r.unreviewed.split(',') : []));
  const key = unreviewed.length ? 'paymentRequests.awaitingReview' : 'paymentRequests.notDelivered';
  const params = { orders: blocked.map((r) => r.number).join(sep), deliveries: unreviewed.join(sep) };
  return new Conflict(key, params, [{ path: 'orderIds', message: key, params }]);
}
const iso = (d: Date | string) => new Date(d).toISOString();

// ---------------------------------------------------------------------------
// Who sees and keeps what (the one scope service)

/**
 * A buying unit's clerk and head see that unit's requests (another unit's is 404); company
 * leaders, finance and audit see every one.
 */
export async function readScope(db: Knex, viewer: SessionUser): Promise<Scope> {
  if (hasAnyRole(viewer.roles, SETTLEMENT_READ_ALL_ROLES)) return null;
  return subtreeScope(db, viewer.roles, ['purchasing_clerk', 'dept_head']);
}

/** The units whose orders this clerk may ask payment for. */
export function keepScope(db: Knex, viewer: SessionUser): Promise<Scope> {
  return subtreeScope(db, viewer.roles, SETTLEMENT_KEEPER_ROLES);
}

function keeps(db: Knex, viewer: SessionUser, unitId: number): Promise<boolean> {
  return grantsReach(db, viewer.roles, SETTLEMENT_KEEPER_ROLES, unitId);
}

async function visibleRequest(db: Knex, viewer: SessionUser, id: number, opts: { lock?: boolean } = {}): Promise<repo.RequestRow> {
  const row = await repo.findRequest(db, id, opts);
  return inScopeOr404(row ? await readScope(db, viewer) : [], row, (r) => r.unit_id);
}

// ---------------------------------------------------------------------------
// Reading

function toRow(r: repo.RequestRow, lang: Lang): PaymentRequestRow {
  return {
    id: r.id,
    number: r.number,
    unit: unitRef(r, lang),
    supplier: { id: r.supplier_id, name: r.supplier_name },
    payee: r.payee,
    method: r.method,
    amountFen: r.amount_fen,
    prepayment: r.prepayment,
    status: r.status,
    netPaidFen: r.net_paid_fen,
    createdAt: iso(r.created_at),
  };
}

function toEntry(p: repo.PaymentRow): PaymentEntry {
  return {
    id: p.id,
    number: p.number,
    kind: p.kind,
    amountFen: p.amount_fen,
    paidOn: p.paid_on,
    payingAccount: p.paying_account,
    bankRef: p.bank_ref,
    reversesId: p.reverses_id,
    reversed: p.reversed,
    reason: p.reason,
    recordedBy: p.recorded_by === null ? null : { id: p.recorded_by, name: p.recorded_by_name ?? '' },
    recordedAt: iso(p.recorded_at),
  };
}

export async function owed(db: Knex, viewer: SessionUser, lang: Lang, supplierId: number): Promise<OwedOrders> {
  const name = await repo.supplierName(db, supplierId);
  if (name === undefined) throw new NotFound();
  const rows = await repo.owedOrders(db, { supplierId, unitIds: await keepScope(db, viewer) });
  const orders = rows
    .map((r) => ({
      orderId: r.order_id,
      number: r.number,
      platform: r.platform ?? 'contract',
      platformOrderNo: r.platform_order_no,
      orderedOn: r.ordered_on,
      unit: unitRef(r, lang),
      totalFen: r.total_fen,
      refundFen: r.refund_fen,
      requestedFen: r.requested_fen,
      owedFen: owedOf(r),
      fullyDelivered: r.fully_delivered,
      awaitingReview: r.source === 'contract' && r.unreviewed ? r.unreviewed.split(',') : [],
    }))
    // A contract order whose goods await review owes nothing yet, but is shown with the deliveries to review.
    .filter((o) => o.owedFen > 0 || o.awaitingReview.length > 0);
  return { supplier: { id: supplierId, name }, orders, totalOwedFen: orders.reduce((s, o) => s + o.owedFen, 0) };
}

export async function browse(db: Knex, viewer: SessionUser, lang: Lang, f: BrowseRequests): Promise<PaymentRequestList> {
  const filtered = repo.filteredRequests(db, { unitIds: await readScope(db, viewer), status: f.status, supplierId: f.supplierId, q: f.q });
  const { items, total } = await pageOf<repo.RequestRow>(filtered, f, (qb) => repo.requestRows(db, qb));
  return { items: items.map((r) => toRow(r, lang)), total };
}

export async function read(db: Knex, viewer: SessionUser, lang: Lang, id: number): Promise<PaymentRequestDetail> {
  const r = await visibleRequest(db, viewer, id);
  // One after another: `db` may be a transaction (the seed), which runs one query at a time.
  const orders = await repo.ordersOfRequest(db, id);
  const payments = await repo.paymentsOf(db, id);
  const approval = await approvals.approvalOf(db, DOCUMENT_TYPE, id);
  const keeper = await keeps(db, viewer, r.unit_id);
  const payer = hasAnyRole(viewer.roles, PAYMENT_PAYER_ROLES);
  const payment = payments.find((p) => p.kind === 'payment');
  const open = keeper && PAYMENT_REQUEST_OPEN_STATUSES.includes(r.status);
  return {
    ...toRow(r, lang),
    bank: r.bank,
    account: r.account,
    note: r.note,
    version: r.version,
    createdBy: r.created_by === null ? null : { id: r.created_by, name: r.created_by_name ?? '' },
    orders: orders.map((o) => ({ orderId: o.order_id, number: o.number, platformOrderNo: o.platform_order_no, orderedOn: o.ordered_on, totalFen: o.total_fen, amountFen: o.amount_fen })),
    payments: payments.map(toEntry),
    approval: approval ? { requestId: approval.id, status: approval.status } : null,
    can: {
      submit: open,
      discard: open && r.created_by === viewer.id,
      pay: payer && r.status === 'approved' && !payment,
      reverse: payer && !!payment && !payment.reversed,
    },
  };
}

// ---------------------------------------------------------------------------
// Writing

export async function create(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, input: CreateRequest): Promise<PaymentRequestDetail> {
  if (input.method === 'bank') {
    if (!input.bank) throw unprocessable('bank', 'paymentRequests.bankRequired');
    if (!input.account) throw unprocessable('account', 'paymentRequests.bankRequired');
  }
  const id = await db.transaction(async (trx) => {
    await repo.lockOrders(trx, input.orderIds);
    const scope = await keepScope(trx, viewer);
    const rows = await repo.owedOrders(trx, { orderIds: input.orderIds, unitIds: null });
    // An order the clerk may not see is 404, as any other unit's record.
    for (const orderId of new Set(input.orderIds)) inScopeOr404(scope, rows.find((r) => r.order_id === orderId), (r) => r.unit_id);
    if (rows.some((r) => r.supplier_id !== input.supplierId)) throw unprocessable('orderIds', 'paymentRequests.otherSupplier');
    const unitId = rows[0].unit_id;
    if (rows.some((r) => r.unit_id !== unitId)) throw unprocessable('orderIds', 'paymentRequests.otherUnit');
    const blocked = awaitingReview(rows, lang);
    if (blocked) throw blocked;
    const owing = rows.map((r) => ({ orderId: r.order_id, owedFen: owedOf(r) }));
    const parts = allocatePayment(owing, input.amountFen);
    const totalOwed = owing.reduce((s, o) => s + o.owedFen, 0);
    if (!parts) {
      const unreviewed = rows.flatMap((r) => (r.source === 'contract' && r.unreviewed ? r.unreviewed.split(',') : []));
      const params = { amount: yuan(input.amountFen), owed: yuan(totalOwed), deliveries: unreviewed.join(lang === 'zh' ? '、' : ', ') };
      throw unprocessable('amountFen', unreviewed.length ? 'paymentRequests.overReviewed' : 'paymentRequests.overOwed', params);
    }
    const month = calendarDay(new Date()).slice(0, 7);
    const seq = await nextNumber(trx, { type: DOCUMENT_TYPE, unitId, period: month });
    const number = `HK-${rows[0].unit_code}-${month.replace('-', '')}-${String(seq).padStart(4, '0')}`;
    const prepayment = isPrepayment(rows.filter((r) => parts.some((p) => p.orderId === r.order_id)).map((r) => ({ fullyDelivered: r.fully_delivered })));
    const values = {
      number,
      unit_id: unitId,
      supplier_id: input.supplierId,
      payee: input.payee,
      method: input.method,
      bank: input.method === 'bank' ? input.bank : null,
      account: input.method === 'bank' ? input.account : null,
      amount_fen: input.amountFen,
      prepayment,
      note: input.note,
      created_by: viewer.id,
    };
    const newId = await repo.insertRequest(trx, values, parts);
    await audit(trx, actor, { action: 'payment_request.create', entity: 'payment_request', entityId: newId, after: { ...values, orders: parts } });
    return newId;
  });
  return read(db, viewer, lang, id);
}

export async function submit(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, version: number): Promise<PaymentRequestDetail> {
  await db.transaction(async (trx) => {
    const r = await visibleRequest(trx, viewer, id, { lock: true });
    if (!(await keeps(trx, viewer, r.unit_id))) throw new Forbidden('paymentRequests.notYourUnit');
    if (r.version !== version) throw Conflict.stale();
    if (!PAYMENT_REQUEST_OPEN_STATUSES.includes(r.status)) throw notNow(r.status, lang);
    if (!(await repo.updateRequest(trx, id, version, { status: 'submitted', submitted_at: new Date() }))) throw Conflict.stale();
    const request = await approvals.submit(trx, actor, DOCUMENT_TYPE, id);
    await audit(trx, actor, { action: 'payment_request.submit', entity: 'payment_request', entityId: id, before: { status: r.status }, after: { status: 'submitted', requestId: request.id } });
  });
  return read(db, viewer, lang, id);
}

/**
 * 作废: the clerk who made a draft or returned request calls it off. It keeps its number and
 * orders as history but asks nothing of them any more (asksOfOrders), so they owe the amount
 * again and can be cancelled; a returned request leaves its maker's 我提交的 as withdrawn.
 */
export async function discard(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, version: number): Promise<PaymentRequestDetail> {
  await db.transaction(async (trx) => {
    const r = await visibleRequest(trx, viewer, id, { lock: true });
    if (!(await keeps(trx, viewer, r.unit_id)) || r.created_by !== viewer.id) throw new Forbidden('paymentRequests.onlyMaker');
    if (r.version !== version) throw Conflict.stale();
    if (!PAYMENT_REQUEST_OPEN_STATUSES.includes(r.status)) throw notNow(r.status, lang);
    if (!(await repo.updateRequest(trx, id, version, { status: 'discarded' }))) throw Conflict.stale();
    const withdrawn = await approvals.withdrawPending(trx, actor, DOCUMENT_TYPE, id, t('paymentRequests.discarded', lang), ['pending', 'returned']);
    await audit(trx, actor, { action: 'payment_request.discard', entity: 'payment_request', entityId: id, before: { status: r.status, version }, after: { status: 'discarded', withdrawn } });
  });
  return read(db, viewer, lang, id);
}

function notNow(status: PaymentRequestStatus, lang: Lang): Conflict {
  return new Conflict('paymentRequests.notAllowedNow', { status: PAYMENT_REQUEST_STATUS_LABELS[status][lang] });
}

/**
 * Records the payment once. The request row is locked first, so of two racing calls the second
 * waits, then finds the payment the first recorded and answers with it (no second row; the
 * partial unique index payments_one_per_request is the backstop).
 */
export async function pay(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, input: PayInput): Promise<PaymentRequestDetail> {
  await db.transaction(async (trx) => {
    const r = await visibleRequest(trx, viewer, id, { lock: true });
    const existing = (await repo.paymentsOf(trx, id)).find((p) => p.kind === 'payment');
    if (existing) return;
    if (r.status !== 'approved') throw notNow(r.status, lang);
    const seq = await nextNumber(trx, { type: 'payment', unitId: r.unit_id, period: input.paidOn.slice(0, 4) });
    const values = {
      number: `FK-${r.unit_code}-${input.paidOn.slice(0, 4)}-${String(seq).padStart(5, '0')}`,
      request_id: id,
      kind: 'payment' as const,
      amount_fen: r.amount_fen,
      paid_on: input.paidOn,
      paying_account: input.payingAccount,
      bank_ref: input.bankRef,
      reverses_id: null,
      reason: null,
      recorded_by: viewer.id,
    };
    const paymentId = await repo.insertPayment(trx, values);
    if (!(await repo.updateRequest(trx, id, r.version, { status: 'paid' }))) throw Conflict.stale();
    await audit(trx, actor, { action: 'payment.pay', entity: 'payment', entityId: paymentId, after: values });
  });
  return read(db, viewer, lang, id);
}

/** Cancels a payment by a reversing row (negative, with the reason); the register is never edited. */
export async function reverse(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, input: ReverseInput): Promise<PaymentRequestDetail> {
  await db.transaction(async (trx) => {
    const r = await visibleRequest(trx, viewer, id, { lock: true });
    const rows = await repo.paymentsOf(trx, id);
    const payment = rows.find((p) => p.kind === 'payment');
    if (!payment) throw new Conflict('paymentRequests.notPaid');
    if (payment.reversed) throw new Conflict('paymentRequests.alreadyReversed');
    const on = input.reversedOn ?? calendarDay(new Date());
    const seq = await nextNumber(trx, { type: 'payment', unitId: r.unit_id, period: on.slice(0, 4) });
    const values = {
      number: `FK-${r.unit_code}-${on.slice(0, 4)}-${String(seq).padStart(5, '0')}`,
      request_id: id,
      kind: 'reversal' as const,
      amount_fen: -payment.amount_fen,
      paid_on: on,
      paying_account: payment.paying_account,
      bank_ref: payment.bank_ref,
      reverses_id: payment.id,
      reason: input.reason,
      recorded_by: viewer.id,
    };
    const reversalId = await repo.insertPayment(trx, values);
    await audit(trx, actor, { action: 'payment.reverse', entity: 'payment', entityId: reversalId, after: values });
  });
  return read(db, viewer, lang, id);
}

// ---------------------------------------------------------------------------
// The payment register (付款登记台账)

function toRegisterRow(r: repo.RegisterRow, lang: Lang): PaymentRegisterRow {
  return {
    ...toEntry(r),
    request: { id: r.request_id, number: r.request_number },
    unit: unitRef(r, lang),
    supplier: { id: r.supplier_id, name: r.supplier_name },
    payee: r.payee,
  };
}

export async function register(db: Knex, res: Response, viewer: SessionUser, lang: Lang, f: RegisterQuery): Promise<PaymentRegister | undefined> {
  const scope = hasAnyRole(viewer.roles, SETTLEMENT_READ_ALL_ROLES) ? null : await keepScope(db, viewer);
  const filtered = repo.filteredRegister(db, { unitIds: scope, from: f.from, to: f.to, kind: f.kind, supplierId: f.supplierId, unitId: f.unitId, q: f.q });
  const totals = await repo.registerTotals(filtered, db);
  const totalsOut = { paidFen: totals.paid_fen, reversedFen: totals.reversed_fen, netFen: totals.net_fen };
  if (f.format === 'xlsx') {
    const rows = (await repo.registerRows(db, filtered.clone())) as repo.RegisterRow[];
    await writeRegisterXlsx(res, lang, rows.map((r) => toRegisterRow(r, lang)), totalsOut, f);
    return undefined;
  }
  const { items, total } = await pageOf<repo.RegisterRow>(filtered, f, (qb) => repo.registerRows(db, qb));
  return { items: items.map((r) => toRegisterRow(r, lang)), total, totals: totalsOut };
}

// ---------------------------------------------------------------------------
// What the approvals engine and the workbench ask

export async function describeRequest(trx: Knex, id: number) {
  const r = (await repo.findRequest(trx, id))!;
  return { unitId: r.unit_id, title: `${r.number} ${r.supplier_name} 汇款申请 ${yuan(r.amount_fen)}`, amountFen: r.amount_fen };
}

export function onDecision(status: PaymentRequestStatus, action: 'approved' | 'rejected' | 'returned' | 'withdrawn') {
  return async (trx: Knex, actor: Actor, id: number, detail: { requestId: number; comment: string | null }) => {
    const r = (await repo.findRequest(trx, id, { lock: true }))!;
    const patch = status === 'approved' ? { status, approved_at: new Date() } : { status };
    if (!(await repo.updateRequest(trx, id, r.version, patch))) throw Conflict.stale();
    await audit(trx, actor, { action: `payment_request.${action}`, entity: 'payment_request', entityId: id, before: { status: r.status }, after: { status, ...detail } });
  };
}

export async function countToPay(db: Knex, viewer: SessionUser): Promise<number> {
  return repo.countRequests(db, { unitIds: await readScope(db, viewer), status: 'approved' });
}
