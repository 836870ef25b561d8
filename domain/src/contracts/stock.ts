import { z } from 'zod';
import { STOCK_MOVE_KINDS } from '../stock';
import { day, id, page, PersonRef, timestamp } from './common';
import { Item } from './items';

/** An item's stock in its buying unit's store; `editable` says whether the caller keeps that store. */
export const StockRow = Item.pick({
  code: true,
  name: true,
  nameEn: true,
  spec: true,
  uom: true,
  category: true,
  buyingUnit: true,
  reorderLevel: true,
  belowReorder: true,
  active: true,
  editable: true,
}).extend({
  itemId: id,
  onHand: z.number(),
  lastMovedOn: day.nullable(),
});
export type StockRow = z.infer<typeof StockRow>;

export const StockList = page(StockRow);
export type StockList = z.infer<typeof StockList>;

/** One move of the ledger, with the balance it left (the running sum in ledger order). */
export const StockMove = z.object({
  id,
  kind: z.enum(STOCK_MOVE_KINDS),
  quantity: z.number(),
  balanceAfter: z.number(),
  department: z.object({ id, name: z.string() }).nullable(),
  reason: z.string(),
  sourceType: z.string().nullable(),
  sourceId: z.number().int().nullable(),
  movedOn: day,
  recordedBy: PersonRef.nullable(),
  recordedAt: timestamp,
});
export type StockMove = z.infer<typeof StockMove>;

export const StockMoveList = page(StockMove);
export type StockMoveList = z.infer<typeof StockMoveList>;

/**
 * What a receipt, issue or count answers: the move recorded (none when a count matched the
 * books, and `message` says so) and the item's stock after it.
 */
export const StockMoveResult = z.object({
  move: StockMove.nullable(),
  stock: StockRow,
  message: z.string().nullable(),
});
export type StockMoveResult = z.infer<typeof StockMoveResult>;
