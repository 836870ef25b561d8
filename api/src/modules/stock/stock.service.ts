import type { Knex } from 'knex';
import {
  belowReorder,
  calendarDay,
  countAdjustment,
  hasAnyRole,
  MAX_QUANTITY,
  quantityProblem,
  STOCK_READ_ALL_ROLES,
  type BuyingUnit,
} from '@portal/domain';
import type { StockMove, StockMoveResult, StockRow } from '@portal/domain/contracts';
import { Conflict, Invalid, NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import { editableUnits } from '../items/items.service';
import { inScopeOr404, loadUnitTree, type Scope } from '../units/units.scope';
import * as repo from './stock.repo';
import type { BrowseStock, CountInput, IssueInput, ReceiptInput } from './stock.schema';

/** Whose stores a user sees and keeps: a clerk their own buying unit's; leaders, finance and audit both, read only. */
export async function stockScope(db: Knex, user: SessionUser): Promise<{ read: Scope<BuyingUnit>; keep: BuyingUnit[] }> {
  const keep = await editableUnits(db, user);
  return { read: hasAnyRole(user.roles, STOCK_READ_ALL_ROLES) ? null : keep, keep };
}

function toStockRow(r: repo.StockItemRow, keep: readonly BuyingUnit[]): StockRow {
  const { code, name, spec, uom, category } = r;
  return {
    itemId: r.item_id,
    code,
    name,
    nameEn: r.name_en,
    spec,
    uom,
    category,
    buyingUnit: r.buying_unit,
    onHand: Number(r.on_hand),
    reorderLevel: r.reorder_level,
    belowReorder: belowReorder(Number(r.on_hand), r.reorder_level),
    lastMovedOn: r.last_moved_on,
    active: r.active,
    editable: keep.includes(r.buying_unit),
  };
}

function toMove(r: repo.MoveRow, lang: Lang): StockMove {
  return {
    id: Number(r.id),
    kind: r.kind,
    quantity: Number(r.quantity),
    balanceAfter: Number(r.balance_after),
    department: r.department_id === null ? null : { id: r.department_id, name: (lang === 'zh' ? r.department_zh : r.department_en) ?? '' },
    reason: r.reason,
    sourceType: r.source_type,
    sourceId: r.source_id === null ? null : Number(r.source_id),
    movedOn: r.moved_on,
    recordedBy: r.recorded_by === null ? null : { id: r.recorded_by, name: r.recorded_by_name ?? '' },
    recordedAt: new Date(r.recorded_at).toISOString(),
  };
}

export async function browseStock(db: Knex, user: SessionUser, f: BrowseStock) {
  const scope = await stockScope(db, user);
  const { items, total } = await repo.listStock(db, { ...f, units: scope.read });
  return { items: items.map((r) => toStockRow(r, scope.keep)), total };
}

/** One item's stock; another unit's item is 404 to a clerk, as if it were not there. */
export async function readStock(db: Knex, user: SessionUser, itemId: number): Promise<StockRow> {
  const scope = await stockScope(db, user);
  const row = inScopeOr404(scope.read, await repo.findStockItem(db, itemId), (r) => r.buying_unit);
  return toStockRow(row, scope.keep);
}

export async function browseMoves(db: Knex, user: SessionUser, lang: Lang, itemId: number, f: { page: number; pageSize: number }) {
  await readStock(db, user, itemId);
  const { items, total } = await repo.listMoves(db, itemId, f);
  return { items: items.map((m) => toMove(m, lang)), total };
}

/** 400 naming `field` unless `quantity` fits the item's unit of measure (个 whole, 米 to three decimals). */
function checkQuantity(field: string, uom: string, quantity: number, opts: { allowZero?: boolean } = {}): void {
  const problem = quantityProblem(uom, quantity, opts);
  if (!problem) return;
  const key = problem === 'notPositive' ? (opts.allowZero ? 'stock.notNegative' : 'stock.notPositive') : `stock.${problem}`;
  throw Invalid.field(field, key, { uom, max: MAX_QUANTITY });
}

/** A move's day: today (China time) unless given; a day still to come has not happened in the store. */
function moveDay(movedOn: string | undefined): string {
  const today = calendarDay(new Date());
  if (movedOn && movedOn > today) throw Invalid.field('movedOn', 'stock.inFuture', { today });
  return movedOn ?? today;
}

/** The item a write names, in a store this clerk keeps: unknown is a 400 on itemId, another unit's a 404. */
async function keptItem(trx: Knex, user: SessionUser, itemId: number): Promise<{ row: repo.StockItemRow; keep: BuyingUnit[] }> {
  const scope = await stockScope(trx, user);
  const row = await repo.findStockItem(trx, itemId);
  if (!row) throw Invalid.field('itemId', 'stock.unknownItem');
  // Another unit's item reveals nothing to a clerk, as on the list.
  if (!scope.keep.includes(row.buying_unit)) throw new NotFound();
  return { row, keep: scope.keep };
}

/** What a write answers: the move as the history shows it and the item's stock after it. */
async function recorded(trx: Knex, keep: readonly BuyingUnit[], lang: Lang, itemId: number, moveId: number | null, message: string | null): Promise<StockMoveResult> {
  const stock = toStockRow((await repo.findStockItem(trx, itemId))!, keep);
  const move = moveId === null ? null : toMove((await repo.findMove(trx, itemId, moveId))!, lang);
  return { move, stock, message };
}

/** One move typed by the clerk, in the caller's transaction: recorded, audited, and answered with the stock after it. */
async function record(
  trx: Knex,
  ctx: { actor: Actor; user: SessionUser; lang: Lang; keep: readonly BuyingUnit[]; row: repo.StockItemRow },
  move: Pick<repo.MoveValues, 'kind' | 'quantity' | 'department_id' | 'reason' | 'moved_on'>,
  audited: { action: 'stock_move.receipt' | 'stock_move.issue' | 'stock_move.count'; before?: unknown; message?: string },
): Promise<StockMoveResult> {
  const { row } = ctx;
  const id = await repo.insertMove(trx, { ...move, item_id: row.item_id, unit_id: row.unit_id, recorded_by: ctx.user.id });
  const result = await recorded(trx, ctx.keep, ctx.lang, row.item_id, id, audited.message ?? null);
  await audit(trx, ctx.actor, { action: audited.action, entity: 'stock_move', entityId: id, before: audited.before, after: result.move });
  return result;
}

/** 手工入库 by the unit's clerk, with a reason. */
export async function receive(db: Knex, actor: Actor, user: SessionUser, lang: Lang, input: ReceiptInput): Promise<StockMoveResult> {
  return db.transaction(async (trx) => {
    const { row, keep } = await keptItem(trx, user, input.itemId);
    checkQuantity('quantity', row.uom, input.quantity);
    const move = { kind: 'receipt' as const, quantity: input.quantity, reason: input.reason, moved_on: moveDay(input.movedOn) };
    return record(trx, { actor, user, lang, keep, row }, move, { action: 'stock_move.receipt' });
  });
}

/** 领用: refused, saying how many are on hand, when the store holds fewer than asked. */
export async function issue(db: Knex, actor: Actor, user: SessionUser, lang: Lang, input: IssueInput): Promise<StockMoveResult> {
  return db.transaction(async (trx) => {
    const { row, keep } = await keptItem(trx, user, input.itemId);
    checkQuantity('quantity', row.uom, input.quantity);
    if (!(await loadUnitTree(trx)).get(input.departmentId)) throw Invalid.field('departmentId', 'stock.unknownDepartment');
    const movedOn = moveDay(input.movedOn);
    const onHand = await repo.lockedOnHand(trx, row.unit_id, row.item_id);
    if (countAdjustment(onHand, input.quantity) < 0) {
      const params = { name: row.name, onHand, uom: row.uom, quantity: input.quantity };
      throw new Conflict('stock.short', params, [{ path: 'quantity', message: 'stock.short', params }]);
    }
    const move = { kind: 'issue' as const, quantity: -input.quantity, department_id: input.departmentId, reason: input.purpose, moved_on: movedOn };
    return record(trx, { actor, user, lang, keep, row }, move, { action: 'stock_move.issue' });
  });
}

/** 盘点: one 'count' move of counted − on hand; a count that matches the books records nothing and says so. */
export async function count(db: Knex, actor: Actor, user: SessionUser, lang: Lang, input: CountInput): Promise<StockMoveResult> {
  return db.transaction(async (trx) => {
    const { row, keep } = await keptItem(trx, user, input.itemId);
    checkQuantity('counted', row.uom, input.counted, { allowZero: true });
    const movedOn = moveDay(input.movedOn);
    const onHand = await repo.lockedOnHand(trx, row.unit_id, row.item_id);
    const delta = countAdjustment(input.counted, onHand);
    if (delta === 0) return recorded(trx, keep, lang, row.item_id, null, t('stock.countMatches', lang, { onHand, uom: row.uom }));
    const message = t('stock.countRecorded', lang, { delta: delta > 0 ? `+${delta}` : delta, uom: row.uom, onHand: input.counted });
    const move = { kind: 'count' as const, quantity: delta, reason: input.reason, moved_on: movedOn };
    return record(trx, { actor, user, lang, keep, row }, move, { action: 'stock_move.count', before: { onHand }, message });
  });
}

/**
 * For the online-orders module: goods accepted on delivery go into the store of the item's
 * buying unit, in the caller's transaction, marked with the document they came from.
 * Quantities must already be checked by the caller; the database refuses a non-positive one.
 */
export async function postReceipt(
  trx: Knex,
  r: { unitId: number; itemId: number; quantity: number; sourceType: string; sourceId: number; movedOn: string; userId: number | null },
): Promise<number> {
  return repo.insertMove(trx, {
    item_id: r.itemId,
    unit_id: r.unitId,
    kind: 'receipt',
    quantity: r.quantity,
    source_type: r.sourceType,
    source_id: r.sourceId,
    moved_on: r.movedOn,
    recorded_by: r.userId,
  });
}
