import type { Knex } from 'knex';
import { PURCHASE_REQUEST_WRITER_ROLES, requestActionsFor, requestLineStatus, requestLineFulfilment, currentPlanSource, type Platform } from '@portal/domain';
import type { Lang } from '../../http/lang';
import type { SessionUser } from '../../http/session';
import * as approvals from '../approvals/approvals.service';
import { calendarOf } from '../planning-calendar/planning-calendar.service';
import { lowestCurrentPrices } from '../prices/prices.history';
import { loadUnitTree } from '../units/units.scope';
import { ordersOfLines, type LineOrdersRow } from './purchase-requests.orders.repo';
import * as repo from './purchase-requests.repo';
import type { BrowseRequests } from './purchase-requests.schema';
import { scopeOf, visibleRequest, writesFor } from './purchase-requests.scope';
import { DOCUMENT_TYPE } from './purchase-requests.today';

/**
 * Department requests: reading is here; who sees and writes (purchase-requests.scope),
 * the lines' checks and prices (purchase-requests.lines) and the request's life from
 * draft to approved (purchase-requests.lifecycle) have their own files.
 */
export { createRequest, deleteRequest, describeRequest, mapRequestLine, onDecision, submitRequest, updateRequest } from './purchase-requests.lifecycle';
export { scopeOf } from './purchase-requests.scope';

const nameIn = (zh: string, en: string, lang: Lang) => (lang === 'zh' ? zh : en);

function toSummary(r: repo.RequestRow, lang: Lang) {
  return {
    id: r.id,
    number: r.number,
    department: { id: r.department_id, code: r.department_code, name: nameIn(r.department_name_zh, r.department_name_en, lang) },
    buyingUnit: { id: r.buying_unit_id, code: r.buying_unit_code, name: nameIn(r.buying_unit_name_zh, r.buying_unit_name_en, lang) },
    month: r.month.slice(0, 7),
    status: r.status,
    late: r.late,
    overBudgetFen: r.over_budget_fen,
    totalFen: r.total_fen,
    lineCount: Number(r.line_count),
    createdBy: r.created_by === null ? null : { id: r.created_by, name: r.created_by_name ?? '' },
    submittedAt: r.submitted_at ? r.submitted_at.toISOString() : null,
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export async function browseRequests(db: Knex, viewer: SessionUser, lang: Lang, f: BrowseRequests) {
  const { items, total } = await repo.listRequests(db, await scopeOf(db, viewer.roles), { ...f, createdBy: f.mine ? viewer.id : undefined });
  return { items: items.map((r) => toSummary(r, lang)), total };
}

type Sources = Awaited<ReturnType<typeof repo.planSourcesOf>>;

function toLine(l: repo.LineRow, requestStatus: repo.RequestRow['status'], sources: Sources, orders: readonly LineOrdersRow[]) {
  const mine = sources
    .filter((s) => s.request_line_id === l.id)
    .map((s) => ({ planId: s.plan_id, planNumber: s.plan_number, planStatus: s.plan_status, planMonth: s.plan_month, decision: s.decision, reason: s.reason }));
  const source = currentPlanSource(mine);
  const o = orders.find((x) => x.request_line_id === l.id);
  const fulfilment = o
    ? requestLineFulfilment(o.quantity, {
        approvedQty: o.approved_qty,
        lineRequestedQty: o.line_requested_qty,
        orderedQty: o.ordered_qty,
        acceptedQty: o.accepted_qty,
        orderedFen: o.ordered_fen,
        refundFen: o.refund_fen,
      })
    : null;
  return {
    id: l.id,
    lineNo: l.line_no,
    item: l.item,
    newItem: l.new_item_name !== null ? { name: l.new_item_name, spec: l.new_item_spec, uom: l.new_item_uom ?? '' } : null,
    mappedItem: l.mapped_item,
    uom: l.item?.uom ?? l.new_item_uom ?? '',
    quantity: Number(l.quantity),
    neededBy: l.needed_by,
    purpose: l.purpose,
    estimate:
      l.est_unit_price_fen !== null && l.est_supplier_id !== null
        ? {
            unitPriceFen: l.est_unit_price_fen,
            supplierId: l.est_supplier_id,
            shopName: l.est_shop_name ?? '',
            platform: (l.est_platform ?? 'other') as Platform,
            observedOn: l.est_observed_on ?? '',
          }
        : null,
    estAmountFen: l.est_amount_fen,
    status: requestLineStatus(requestStatus, mine, fulfilment?.status ?? null),
    planReason: source && source.decision !== 'included' ? source.reason : null,
    planNumber: source?.planNumber ?? null,
    fulfilment: fulfilment?.status ? { orderedQty: fulfilment.orderedQty, receivedQty: fulfilment.receivedQty } : null,
  };
}

export async function readRequest(db: Knex, viewer: SessionUser, lang: Lang, id: number) {
  const row = await visibleRequest(db, viewer, id);
  // One after another: inside a caller's transaction (the seed, the plans module) there is one connection.
  const lines = await repo.linesOf(db, id);
  const approval = await approvals.approvalOf(db, DOCUMENT_TYPE, id);
  const calendar = await calendarOf(db, row.buying_unit_id, row.month.slice(0, 7));
  const writes = await writesFor(db, viewer.roles, row.department_id);
  const sources = await repo.planSourcesOf(db, lines.map((l) => l.id));
  const orders = await ordersOfLines(db, lines.map((l) => l.id));
  return {
    ...toSummary(row, lang),
    note: row.note,
    lines: lines.map((l) => toLine(l, row.status, sources, orders)),
    calendar,
    approval: approval
      ? { requestId: approval.id, status: approval.status, currentStep: approval.currentStep, readable: await approvals.mayReadRequest(db, viewer, approval.id) }
      : null,
    actions: writes ? requestActionsFor(row.status) : [],
  };
}

export type PurchaseRequest = Awaited<ReturnType<typeof readRequest>>;

/** The editor's item search: the buying unit's active items, each with today's estimated unit price. */
export async function requestableItems(db: Knex, f: Parameters<typeof repo.requestableItems>[1]) {
  const { items, total } = await repo.requestableItems(db, f);
  const prices = await lowestCurrentPrices(db, items.map((i) => i.id));
  return {
    items: items.map((i) => ({ id: i.id, code: i.code, name: i.name, spec: i.spec, uom: i.uom, category: i.category, estimate: prices.get(i.id) ?? null })),
    total,
  };
}

/** The departments this user asks for: the units of its requester grants (a grant on a centre covers what lies under it, but asks as itself). */
export async function requestDepartments(db: Knex, viewer: SessionUser, lang: Lang) {
  const tree = await loadUnitTree(db);
  const ids = [...new Set(viewer.roles.filter((g) => PURCHASE_REQUEST_WRITER_ROLES.includes(g.role)).map((g) => g.unitId))];
  return {
    items: ids.flatMap((id) => {
      const u = tree.get(id);
      return u ? [{ id: u.id, code: u.code, name: nameIn(u.name_zh, u.name_en, lang) }] : [];
    }),
  };
}
