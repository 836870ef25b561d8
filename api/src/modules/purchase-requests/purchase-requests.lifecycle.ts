import type { Knex } from 'knex';
import {
  acceptsRequests,
  BUYING_UNIT_LABELS,
  formatFen,
  formatRequestNumber,
  isLate,
  isRequestDeletable,
  isRequestEditable,
  monthStart,
  PLANNING_STATUS_LABELS,
  PURCHASE_REQUEST_STATUS_LABELS,
  PURCHASE_REQUEST_WRITER_ROLES,
  type BuyingUnit,
  type PurchaseRequestAction,
  type PurchaseRequestStatus,
} from '@portal/domain';
import { Conflict, Forbidden, Invalid } from '../../http/errors';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import * as approvals from '../approvals/approvals.service';
import { audit } from '../audit/audit.service';
import { checkBudgetForSubmit } from '../budgets/budgets.check';
import { nextNumber } from '../numbering/numbering.service';
import { buyingUnit, calendarOf } from '../planning-calendar/planning-calendar.service';
import { grantsReach, loadUnitTree } from '../units/units.scope';
import { priceLines } from './purchase-requests.lines';
import * as repo from './purchase-requests.repo';
import type { CreateRequest, UpdateRequest } from './purchase-requests.schema';
import { visibleRequest, writableRequest, writesFor } from './purchase-requests.scope';
import { readRequest, type PurchaseRequest } from './purchase-requests.service';
import { DOCUMENT_TYPE } from './purchase-requests.today';

// A request's life: drafted, changed, submitted to its department head, approved; or returned/rejected and changed again.

const UNIQUE_VIOLATION = '23505';

async function snapshot(trx: Knex, id: number) {
  return { request: await repo.findRequest(trx, id), lines: await repo.linesOf(trx, id) };
}

function refuseNow(status: PurchaseRequestStatus, action: PurchaseRequestAction): Conflict {
  if (status === 'submitted') return new Conflict('approvals.lockedPending');
  return new Conflict('purchaseRequests.notAllowedNow', {
    status: PURCHASE_REQUEST_STATUS_LABELS[status],
    action: { zh: t(`purchaseRequests.action.${action}`, 'zh'), en: t(`purchaseRequests.action.${action}`, 'en') },
  });
}

/** The month takes requests only while open: once the clerk consolidates it, a request waits for next month. */
async function assertMonthOpen(trx: Knex, unit: { id: number; code: string }, month: string) {
  const calendar = await calendarOf(trx, unit.id, month, { lock: true });
  if (!acceptsRequests(calendar.status)) {
    const params = { unit: BUYING_UNIT_LABELS[unit.code as BuyingUnit], month, status: PLANNING_STATUS_LABELS[calendar.status] };
    throw new Conflict('purchaseRequests.monthNotOpen', params, [{ path: 'month', message: 'purchaseRequests.monthNotOpen', params }]);
  }
  return calendar;
}

const bilingual = (u: { name_zh: string; name_en: string } | undefined) => (u ? { zh: u.name_zh, en: u.name_en } : '');

async function duplicateOf(db: Knex, departmentId: number, unitId: number, month: string) {
  const other = await repo.requestOfMonth(db, departmentId, unitId, monthStart(month));
  if (!other) return null;
  const tree = await loadUnitTree(db);
  const params = { department: bilingual(tree.get(departmentId)), unit: bilingual(tree.get(unitId)), month, number: other.number };
  return new Conflict('purchaseRequests.duplicate', params, [{ path: 'month', message: 'purchaseRequests.duplicate', params }]);
}

/** The department a new request is for: the one named, or the one the requester's first grant is on. */
async function departmentFor(db: Knex, viewer: SessionUser, departmentId: number | undefined): Promise<number> {
  const id = departmentId ?? viewer.roles.find((g) => PURCHASE_REQUEST_WRITER_ROLES.includes(g.role))?.unitId;
  if (id === undefined) throw new Forbidden('purchaseRequests.noDepartment');
  if (!(await writesFor(db, viewer.roles, id))) {
    throw Invalid.field('departmentId', 'purchaseRequests.notRequester', { unit: bilingual((await loadUnitTree(db)).get(id)) });
  }
  return id;
}

/**
 * A new draft: one per department, buying unit and month. A second is a 409 naming
 * the month (and the first's number); two created at the same instant meet the
 * unique constraint, and the loser gets the same answer.
 */
export async function createRequest(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, input: CreateRequest): Promise<PurchaseRequest> {
  const departmentId = await departmentFor(db, viewer, input.departmentId);
  const unit = await buyingUnit(db, input.buyingUnit);
  let id: number;
  try {
    id = await db.transaction(async (trx) => {
      await assertMonthOpen(trx, unit, input.month);
      const duplicate = await duplicateOf(trx, departmentId, unit.id, input.month);
      if (duplicate) throw duplicate;
      const { lines, totalFen } = await priceLines(trx, input.buyingUnit, input.lines);
      const seq = await nextNumber(trx, { type: DOCUMENT_TYPE, unitId: unit.id, period: input.month });
      const id = await repo.insertRequest(trx, {
        number: formatRequestNumber(unit.code, input.month, seq),
        department_id: departmentId,
        buying_unit_id: unit.id,
        month: monthStart(input.month),
        note: input.note,
        total_fen: totalFen,
        created_by: viewer.id,
      });
      await repo.replaceLines(trx, id, lines);
      await audit(trx, actor, { action: 'purchase_request.create', entity: 'purchase_request', entityId: id, after: await snapshot(trx, id) });
      return id;
    });
  } catch (err) {
    if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw (await duplicateOf(db, departmentId, unit.id, input.month)) ?? err;
    throw err;
  }
  return readRequest(db, viewer, lang, id);
}

async function forAction(trx: Knex, viewer: SessionUser, id: number, version: number, action: PurchaseRequestAction) {
  const row = await writableRequest(trx, viewer, id);
  if (row.version !== version) throw Conflict.stale();
  const allowed = action === 'delete' ? isRequestDeletable(row.status) : isRequestEditable(row.status);
  if (!allowed) throw refuseNow(row.status, action);
  return row;
}

/** Saves the header and lines of a draft, returned or rejected request; lines are priced again at today's prices. */
export async function updateRequest(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, input: UpdateRequest): Promise<PurchaseRequest> {
  await db.transaction(async (trx) => {
    const row = await forAction(trx, viewer, id, input.version, 'edit');
    const before = await snapshot(trx, id);
    const { lines, totalFen } = await priceLines(trx, row.buying_unit_code, input.lines);
    if (!(await repo.updateRequest(trx, id, input.version, { note: input.note, total_fen: totalFen }))) throw Conflict.stale();
    await repo.replaceLines(trx, id, lines);
    await audit(trx, actor, { action: 'purchase_request.update', entity: 'purchase_request', entityId: id, before, after: await snapshot(trx, id) });
  });
  return readRequest(db, viewer, lang, id);
}

/** A draft never submitted may go; one with an approval trail stays (returned or rejected, to be changed). */
export async function deleteRequest(db: Knex, viewer: SessionUser, actor: Actor, id: number, version: number): Promise<void> {
  await db.transaction(async (trx) => {
    await forAction(trx, viewer, id, version, 'delete');
    const before = await snapshot(trx, id);
    await repo.deleteRequest(trx, id);
    await audit(trx, actor, { action: 'purchase_request.delete', entity: 'purchase_request', entityId: id, before });
  });
}

/**
 * Submits to the department head (approvals engine, document type purchase_request).
 * The month must still be open; lateness is judged by the database's day against the
 * cut-off; the budget check runs in this transaction, so two requests racing for the
 * last of a stop-controlled budget cannot both pass.
 */
export async function submitRequest(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, version: number): Promise<PurchaseRequest> {
  await db.transaction(async (trx) => {
    const row = await forAction(trx, viewer, id, version, 'submit');
    if (Number(row.line_count) === 0) throw Invalid.field('lines', 'purchaseRequests.noLines');
    const month = row.month.slice(0, 7);
    const calendar = await assertMonthOpen(trx, { id: row.buying_unit_id, code: row.buying_unit_code }, month);
    const late = isLate(await repo.databaseDay(trx), calendar.cutoffOn);
    const verdict = await checkBudgetForSubmit(trx, {
      departmentId: row.department_id,
      buyingUnitId: row.buying_unit_id,
      month: row.month,
      requestId: id,
      amountFen: row.total_fen,
    });
    if (verdict.kind === 'stop') {
      const params = { amount: formatFen(verdict.overByFen), department: { zh: row.department_name_zh, en: row.department_name_en } };
      throw new Conflict('purchaseRequests.overBudget', params, [{ path: 'totalFen', message: 'purchaseRequests.overBudget', params }]);
    }
    const overBudgetFen = verdict.kind === 'warn' ? verdict.overByFen : null;
    const patch = { status: 'submitted' as const, late, over_budget_fen: overBudgetFen, submitted_at: repo.NOW(trx), decided_at: null };
    if (!(await repo.updateRequest(trx, id, version, patch))) throw Conflict.stale();
    const request = await approvals.submit(trx, actor, DOCUMENT_TYPE, id);
    await audit(trx, actor, {
      action: 'purchase_request.submit',
      entity: 'purchase_request',
      entityId: id,
      before: { status: row.status },
      after: { status: 'submitted', late, cutoffOn: calendar.cutoffOn, budget: verdict, requestId: request.id },
    });
  });
  return readRequest(db, viewer, lang, id);
}

// ---------------------------------------------------------------------------
// What the approvals engine asks of a request

export async function describeRequest(trx: Knex, id: number) {
  const row = (await repo.findRequest(trx, id))!;
  return {
    // The department's own head approves: the policy's step is dept_head of the document's own unit.
    unitId: row.department_id,
    title: `${row.number} ${row.department_name_zh} ${row.month.slice(0, 7)}`,
    amountFen: row.total_fen,
  };
}

/** The engine's verdict moves the request: approved, or back to its requester to change and submit again. */
export function onDecision(status: PurchaseRequestStatus, action: 'approved' | 'rejected' | 'returned' | 'withdrawn') {
  return async (trx: Knex, actor: Actor, id: number, detail: { requestId: number; comment: string | null }) => {
    const row = (await repo.findRequest(trx, id, { lock: true }))!;
    const decided = status === 'approved' || status === 'rejected';
    if (!(await repo.updateRequest(trx, id, row.version, { status, decided_at: decided ? repo.NOW(trx) : null }))) throw Conflict.stale();
    await audit(trx, actor, {
      action: `purchase_request.${action}`,
      entity: 'purchase_request',
      entityId: id,
      before: { status: row.status },
      after: { status, ...detail },
    });
  };
}

// ---------------------------------------------------------------------------
// For the company plan

/**
 * The clerk maps a free-text line to a catalogue item of its own buying unit, so the
 * plan can buy it (issue 12 item 5). Called by the purchase-plans module in its own
 * transaction; audited here.
 */
export async function mapRequestLine(trx: Knex, actor: Actor, viewer: SessionUser, lineId: number, itemId: number): Promise<void> {
  const line = await repo.findLine(trx, lineId);
  const row = line ? await visibleRequest(trx, viewer, line.request_id) : undefined;
  if (!line || !row) throw Invalid.field('lineId', 'problem.notFound');
  const unitName = { zh: row.buying_unit_name_zh, en: row.buying_unit_name_en };
  if (!(await grantsReach(trx, viewer.roles, ['purchasing_clerk'], row.buying_unit_id))) throw new Forbidden('purchaseRequests.notClerkOf', { unit: unitName });
  if (line.item_id !== null) throw Invalid.field('itemId', 'purchaseRequests.lineNotNew');
  const [item] = await repo.itemsByIds(trx, [itemId]);
  if (!item || item.buying_unit !== row.buying_unit_code || !item.active) throw Invalid.field('itemId', 'purchaseRequests.unknownItem', { unit: unitName });
  await repo.mapLine(trx, lineId, itemId, actor.userId);
  await audit(trx, actor, {
    action: 'purchase_request.map_line',
    entity: 'purchase_request',
    entityId: row.id,
    before: { lineId, mappedItemId: line.mapped_item_id },
    after: { lineId, mappedItemId: itemId },
  });
}
