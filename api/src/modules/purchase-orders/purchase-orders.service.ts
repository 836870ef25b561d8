import type { Knex } from 'knex';
import {
  aboveLowestBp,
  addMonths,
  monthOf,
  calendarDay,
  deliveryReviewState,
  formatFen,
  hasAnyRole,
  lineAmountFen,
  MAX_QUANTITY,
  ORDER_KEEPER_ROLES,
  ORDER_READ_ALL_ROLES,
  orderableQty,
  orderTotals,
  platformLabel,
  platformNameProblem,
  priceNeedsReason,
  quantityProblem,
  reviewProblem,
  totalProblem,
  withinApproved,
  type OrderPlatform,
} from '@portal/domain';
import type { OrderablePlans, PurchaseOrder, PurchaseOrderSummary } from '@portal/domain/contracts';
import { AppError, Conflict, Forbidden, Invalid, NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { approvalOf } from '../approvals/approvals.service';
import { listAttachments } from '../attachments/attachments.service';
import { audit } from '../audit/audit.service';
import { nextNumber } from '../numbering/numbering.service';
import { lowestCurrentPrice } from '../prices/prices.history';
import { createSupplier, readSupplier } from '../suppliers/suppliers.service';
import { grantsReach, inScopeOr404, subtreeScope, type Scope } from '../units/units.scope';
import { readMatch } from './purchase-orders.match';
import * as repo from './purchase-orders.repo';
import type { BrowseOrders, CreateOrder } from './purchase-orders.schema';

export const ORDER_DOCUMENT = 'purchase_order';
export const VC_DOCUMENT = 'virtual_contract';
export const today = () => calendarDay(new Date());

/** 422: the request is well formed but the business rule refuses it (an overrun, an over-delivery), naming the field. */
export const unprocessable = (path: string, key: string, params: Record<string, unknown> = {}) =>
  new AppError(422, 'unprocessable', key, params, [{ path, message: key, params }]);

// ---------------------------------------------------------------------------
// Who sees and keeps orders: the one scope service

/**
 * A clerk sees its buying unit's orders, and the unit's head (who confirms their virtual contracts)
 * the same; company leaders, finance and audit read all; anyone else's view is empty and another
 * unit's order is 404.
 */
export async function readScope(db: Knex, viewer: SessionUser): Promise<Scope> {
  if (hasAnyRole(viewer.roles, ORDER_READ_ALL_ROLES)) return null;
  return subtreeScope(db, viewer.roles, ['purchasing_clerk', 'dept_head']);
}

export const keeps = (db: Knex, viewer: SessionUser, unitId: number) => grantsReach(db, viewer.roles, ORDER_KEEPER_ROLES, unitId);

/** The buying unit's head, who reviews (审核) a contract order's deliveries. */
export const heads = (db: Knex, viewer: SessionUser, unitId: number) => grantsReach(db, viewer.roles, ['dept_head'], unitId);

/** An order the viewer may read (lock: for update), otherwise 404. */
export async function visibleOrder(db: Knex, viewer: SessionUser, id: number, opts: { lock?: boolean } = {}): Promise<repo.OrderRow> {
  const row = await repo.findOrder(db, id, opts);
  return inScopeOr404(row ? await readScope(db, viewer) : [], row, (o) => o.unit_id);
}

/** An order the viewer keeps, locked: another unit's is 404; one they only read, 403. */
export async function keptOrder(trx: Knex, viewer: SessionUser, id: number): Promise<repo.OrderRow> {
  const row = await visibleOrder(trx, viewer, id, { lock: true });
  if (!(await keeps(trx, viewer, row.unit_id))) throw new Forbidden('purchaseOrders.notYourUnit');
  return row;
}

/** A kept order that is still open: nothing more is recorded against a cancelled one (409). */
export async function openOrder(trx: Knex, viewer: SessionUser, id: number): Promise<repo.OrderRow> {
  const row = await keptOrder(trx, viewer, id);
  if (row.status === 'cancelled') throw new Conflict('purchaseOrders.orderCancelled', { number: row.number });
  return row;
}

// ---------------------------------------------------------------------------
// Reads

function toSummary(r: repo.OrderRow, lang: Lang): PurchaseOrderSummary {
  return {
    id: r.id,
    number: r.number,
    unit: { id: r.unit_id, code: r.unit_code, name: lang === 'zh' ? r.unit_zh : r.unit_en },
    source: r.source,
    // A contract order's platform order number is its e-contract's number (createContractOrder).
    contract: r.contract_id === null ? null : { id: r.contract_id, number: r.platform_order_no },
    plan: r.plan_id === null ? null : { id: r.plan_id, number: r.plan_number ?? '', month: r.plan_month ?? '' },
    platform: r.platform,
    platformName: r.platform_name,
    shop: r.shop,
    supplier: { id: r.supplier_id, shopName: r.supplier_shop },
    platformOrderNo: r.platform_order_no,
    orderedOn: r.ordered_on,
    goodsFen: r.goods_fen,
    freightFen: r.freight_fen,
    discountFen: r.discount_fen,
    totalFen: r.total_fen,
    status: r.status,
    aboveLowestLines: r.above_lowest,
    vcStatus: r.vc_status,
    createdBy: r.created_by === null ? null : { id: r.created_by, name: r.created_by_name ?? '' },
  };
}

export async function browseOrders(db: Knex, viewer: SessionUser, lang: Lang, f: BrowseOrders) {
  const sort = f.sort as { column: repo.OrderSort; desc: boolean };
  const { items, total } = await repo.listOrders(db, { ...f, sort, awaitingReview: f.review === 'awaiting', units: await readScope(db, viewer) });
  return { items: items.map((r) => toSummary(r, lang)), total };
}

export async function readOrder(db: Knex, viewer: SessionUser, lang: Lang, id: number): Promise<PurchaseOrder> {
  const row = await visibleOrder(db, viewer, id);
  return describeOrder(db, viewer, lang, row);
}

async function describeOrder(db: Knex, viewer: SessionUser, lang: Lang, row: repo.OrderRow): Promise<PurchaseOrder> {
  const [lines, vcRow, deliveries, deliveryLines, returns, match, editable, cancellation, head] = await Promise.all([
    repo.orderLines(db, row.id),
    repo.findVcOfOrder(db, row.id),
    repo.deliveriesOf(db, row.id),
    repo.deliveryLinesOf(db, row.id),
    repo.returnsOf(db, row.id),
    readMatch(db, row.id),
    keeps(db, viewer, row.unit_id),
    repo.cancellationOf(db, row.id),
    heads(db, viewer, row.unit_id),
  ]);
  let vc: PurchaseOrder['vc'] = null;
  if (vcRow) {
    const files = await listAttachments(db, viewer, VC_DOCUMENT, vcRow.id);
    const file = files.at(-1);
    const approval = await approvalOf(db, VC_DOCUMENT, vcRow.id);
    vc = {
      id: vcRow.id,
      number: vcRow.number,
      status: vcRow.status,
      confirmedBy: vcRow.confirmed_by === null ? null : { id: vcRow.confirmed_by, name: vcRow.confirmed_by_name ?? '' },
      confirmedAt: vcRow.confirmed_at ? new Date(vcRow.confirmed_at).toISOString() : null,
      attachment: file
        ? { id: file.id, filename: file.filename, contentType: file.contentType, sizeBytes: file.sizeBytes, sha256: file.sha256, createdAt: new Date(file.createdAt).toISOString() }
        : null,
      approval: approval ? { requestId: approval.id, status: approval.status } : null,
    };
  }
  return {
    ...toSummary(row, lang),
    note: row.note,
    version: row.version,
    lines: lines.map((l) => ({
      id: l.id,
      lineNo: l.line_no,
      planLineId: l.plan_line_id,
      item: l.item_id === null ? null : { id: l.item_id, code: l.code ?? '', name: l.name, nameEn: l.name_en, spec: l.spec, uom: l.uom },
      description: l.name,
      spec: l.spec,
      uom: l.uom,
      quantity: l.quantity,
      unitPriceFen: l.unit_price_fen,
      amountFen: l.amount_fen,
      lowestPriceFen: l.lowest_price_fen,
      priceReason: l.price_reason,
      received: l.received,
      accepted: l.accepted,
      rejected: l.rejected,
    })),
    vc,
    deliveries: deliveries.map((d) => ({
      id: d.id,
      number: d.number,
      receivedOn: d.received_on,
      receiver: d.receiver,
      note: d.note,
      recordedBy: d.recorded_by === null ? null : { id: d.recorded_by, name: d.recorded_by_name ?? '' },
      lines: deliveryLines
        .filter((l) => l.delivery_id === d.id)
        .map((l) => ({ orderLineId: l.order_line_id, received: l.received, accepted: l.accepted, rejected: l.rejected, rejectionReason: l.rejection_reason })),
      review: deliveryReviewState(row.source, d.reviewed_at),
      reviewedBy: d.reviewed_by === null ? null : { id: d.reviewed_by, name: d.reviewed_by_name ?? '' },
      reviewedAt: d.reviewed_at ? new Date(d.reviewed_at).toISOString() : null,
      canReview:
        head &&
        reviewProblem({ source: row.source, reviewedAt: d.reviewed_at, recordedBy: d.recorded_by, orderCancelled: row.status === 'cancelled' }, viewer.id) === null,
    })),
    returns: returns.map((r) => ({ id: r.id, deliveryId: r.delivery_id, orderLineId: r.order_line_id, quantity: r.quantity, refundFen: r.refund_fen, status: r.status })),
    match,
    editable,
    cancellation: cancellation && {
      reason: cancellation.reason,
      by: cancellation.by === null ? null : { id: cancellation.by, name: cancellation.by_name ?? '' },
      at: new Date(cancellation.at).toISOString(),
    },
  };
}

/**
 * The lowest eligible price of an item for the order's month (the prices module's rule: each eligible
 * supplier's latest in-stock price). Prices are collected once a month, so the month's collection
 * counts, and until it is done the one of the month before: an older price is no yardstick.
 */
async function lowestFor(db: Knex, itemId: number, on: string) {
  const day = on > today() ? today() : on;
  const since = `${addMonths(monthOf(on), -1)}-01`;
  return (await lowestCurrentPrice(db, itemId, { since }, day)).lowest;
}

/** The approved plans of the clerk's units with what each line may still take, and the lowest price to compare with. */
export async function orderablePlans(db: Knex, viewer: SessionUser, on: string | undefined, toleranceBp: number): Promise<OrderablePlans> {
  const scope = await subtreeScope(db, viewer.roles, ORDER_KEEPER_ROLES);
  const lines = (await repo.planLines(db, { units: scope ?? undefined, approvedOnly: true })).filter((l) => orderableQty(l.approved, l.ordered) > 0);
  const day = on ?? today();
  const plans = new Map<number, OrderablePlans['plans'][number]>();
  const unitCodes = new Map((await repo.unitCodes(db, [...new Set(lines.map((l) => l.unit_id))])).map((u) => [u.id, u.code]));
  for (const l of lines) {
    let p = plans.get(l.plan_id);
    if (!p) plans.set(l.plan_id, (p = { id: l.plan_id, number: l.plan_number, month: l.plan_month, unit: { id: l.unit_id, code: unitCodes.get(l.unit_id)! }, lines: [] }));
    const lowest = await lowestFor(db, l.item_id, day);
    p.lines.push({
      planLineId: l.plan_line_id,
      item: { id: l.item_id, code: l.code, name: l.name, nameEn: l.name_en, spec: l.spec, uom: l.uom },
      approved: l.approved,
      ordered: l.ordered,
      orderable: orderableQty(l.approved, l.ordered),
      estUnitPriceFen: l.est_unit_price_fen,
      lowest: lowest ? { priceFen: lowest.priceFen, supplierId: lowest.supplierId, shopName: lowest.shopName, platform: lowest.platform } : null,
    });
  }
  return { toleranceBp, plans: [...plans.values()] };
}

// ---------------------------------------------------------------------------
// Recording an order

/** Refuses a supplier that may not be ordered from, saying why (its points) and until when. */
async function eligibleSupplier(db: Knex, supplierId: number, day: string) {
  let s;
  try {
    s = await readSupplier(db, supplierId, day);
  } catch (err) {
    if (err instanceof NotFound) throw Invalid.field('supplierId', 'purchaseOrders.unknownSupplier');
    throw err;
  }
  if (s.eligible) return s;
  const { standing } = s;
  const params = { shop: s.shopName, points: standing.points };
  const [key, extra] = !s.active
    ? ['purchaseOrders.supplierInactive', {}]
    : standing.status === 'terminated'
      ? ['purchaseOrders.supplierTerminated', { since: standing.terminatedOn ?? '' }]
      : // Suspended until rectified by its deadline, or at the latest until the points reset on 31 December.
        ['purchaseOrders.supplierSuspended', { until: standing.rectifyBy ?? `${standing.year}-12-31` }];
  const all = { ...params, ...extra };
  throw new Conflict(key, all, [{ path: 'supplierId', message: key, params: all }]);
}

const fmtQty = (n: number) => String(Math.round(n * 1000) / 1000);

export async function createOrder(db: Knex, actor: Actor, viewer: SessionUser, lang: Lang, input: CreateOrder, toleranceBp: number): Promise<PurchaseOrder> {
  const problem = platformNameProblem(input.platform, input.platformName);
  if (problem) throw Invalid.field('platformName', problem === 'required' ? 'purchaseOrders.platformNameRequired' : 'purchaseOrders.platformNameNotAllowed');
  if (input.orderedOn > today()) throw Invalid.field('orderedOn', 'purchaseOrders.inFuture', { today: today() });
  if (input.supplierId === undefined && !input.newSupplier) throw Invalid.field('supplierId', 'purchaseOrders.supplierRequired');
  const seen = new Set<number>();
  input.lines.forEach((l, i) => {
    if (seen.has(l.planLineId)) throw Invalid.field(`lines.${i}.planLineId`, 'purchaseOrders.lineTwice');
    seen.add(l.planLineId);
  });

  const id = await db.transaction(async (trx) => {
    // The plan: one this clerk keeps (another unit's is 404), approved.
    const planLines = await repo.planLines(trx, { planId: input.planId });
    if (planLines.length === 0) throw new NotFound();
    const plan = planLines[0];
    inScopeOr404(await readScope(trx, viewer), plan, (p) => p.unit_id);
    if (!(await keeps(trx, viewer, plan.unit_id))) throw new Forbidden('purchaseOrders.notYourUnit');
    if (plan.plan_status !== 'approved') throw new Conflict('purchaseOrders.planNotApproved', { number: plan.plan_number, status: plan.plan_status });

    // Lock the lines ordered from, then read what open orders already take of them.
    await repo.lockPlanLines(trx, input.lines.map((l) => l.planLineId));
    const current = new Map((await repo.planLines(trx, { planId: input.planId })).map((l) => [l.plan_line_id, l]));

    const lines: Omit<repo.NewOrderLine, 'order_id'>[] = [];
    for (const [i, l] of input.lines.entries()) {
      const pl = current.get(l.planLineId);
      if (!pl) throw Invalid.field(`lines.${i}.planLineId`, 'purchaseOrders.notPlanLine');
      const qp = quantityProblem(pl.uom, l.quantity);
      if (qp) throw Invalid.field(`lines.${i}.quantity`, `stock.${qp}`, { uom: pl.uom, max: MAX_QUANTITY });
      if (!withinApproved(pl.approved, pl.ordered, l.quantity)) {
        throw unprocessable(`lines.${i}.quantity`, 'purchaseOrders.overApproved', {
          name: pl.name,
          uom: pl.uom,
          approved: fmtQty(pl.approved),
          ordered: fmtQty(pl.ordered),
          orderable: fmtQty(orderableQty(pl.approved, pl.ordered)),
        });
      }
      const amount = lineAmountFen(l.quantity, l.unitPriceFen);
      if (l.amountFen !== undefined && l.amountFen !== amount) throw Invalid.field(`lines.${i}.amountFen`, 'purchaseOrders.amountMismatch', { expected: formatFen(amount) });
      const lowest = (await lowestFor(trx, pl.item_id, input.orderedOn))?.priceFen ?? null;
      const needsReason = priceNeedsReason(l.unitPriceFen, lowest, toleranceBp);
      if (needsReason && !l.priceReason) {
        throw Invalid.field(`lines.${i}.priceReason`, 'purchaseOrders.reasonRequired', {
          lowest: formatFen(lowest!),
          above: ((aboveLowestBp(l.unitPriceFen, lowest) ?? 0) / 100).toFixed(2),
          tolerance: (toleranceBp / 100).toFixed(2),
        });
      }
      lines.push({
        line_no: i + 1,
        plan_line_id: pl.plan_line_id,
        item_id: pl.item_id,
        quantity: l.quantity,
        unit_price_fen: l.unitPriceFen,
        amount_fen: amount,
        lowest_price_fen: lowest,
        // A reason given where none is needed is kept: the clerk chose to explain.
        price_reason: l.priceReason,
      });
    }

    const totals = orderTotals(input.lines, input.freightFen, input.discountFen);
    if (totalProblem(totals.goodsFen, input.freightFen, input.discountFen)) throw Invalid.field('discountFen', 'purchaseOrders.discountTooLarge');
    if (input.totalFen !== undefined && input.totalFen !== totals.totalFen) {
      throw Invalid.field('totalFen', 'purchaseOrders.totalMismatch', { expected: formatFen(totals.totalFen) });
    }

    const supplierId =
      input.supplierId ??
      (await createSupplier(trx, actor, lang, { platform: input.platform, shopName: input.newSupplier!.shopName, shopUrl: input.newSupplier!.shopUrl, contact: input.newSupplier!.contact, note: '' })).id;
    // Standing is judged today: an order recorded now is new business now, whatever day it was placed.
    await eligibleSupplier(trx, supplierId, today());

    const seq = await nextNumber(trx as Knex.Transaction, { type: ORDER_DOCUMENT, unitId: plan.unit_id, period: input.orderedOn.slice(0, 7) });
    const unitCode = (await repo.unitCodes(trx, [plan.unit_id]))[0].code;
    const number = `PO-${unitCode}-${input.orderedOn.slice(0, 7).replace('-', '')}-${String(seq).padStart(4, '0')}`;
    let orderId: number;
    try {
      // A savepoint: the unique index on (platform, name, order number) is the rule, and its refusal names the field.
      orderId = await trx.transaction((sp) =>
        repo.insertOrder(sp, {
          number,
          unit_id: plan.unit_id,
          plan_id: input.planId,
          platform: input.platform,
          platform_name: input.platformName,
          shop: input.shop,
          supplier_id: supplierId,
          platform_order_no: input.platformOrderNo,
          ordered_on: input.orderedOn,
          goods_fen: totals.goodsFen,
          freight_fen: input.freightFen,
          discount_fen: input.discountFen,
          total_fen: totals.totalFen,
          note: input.note,
          created_by: viewer.id,
        }),
      );
    } catch (err) {
      const e = err as { code?: string; constraint?: string };
      if (e.code === '23505' && e.constraint === 'purchase_orders_platform_order_no') {
        const params = { platform: platformLabel(input.platform as OrderPlatform, input.platformName, lang), orderNo: input.platformOrderNo };
        throw new AppError(409, 'duplicate', 'purchaseOrders.duplicateOrderNo', params, [{ path: 'platformOrderNo', message: 'purchaseOrders.duplicateOrderNo', params }]);
      }
      throw err;
    }
    await repo.insertOrderLines(trx, lines.map((l) => ({ ...l, order_id: orderId })));
    await audit(trx, actor, { action: 'purchase_order.create', entity: 'purchase_order', entityId: orderId, after: { number, ...input, supplierId, ...totals } });
    return orderId;
  });
  return readOrder(db, viewer, lang, id);
}

