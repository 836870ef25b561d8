import type { Role } from './roles';

/**
 * Stock on hand (库存, DOMAIN.md §2 step 2 "核定物资库存"): per buying unit and item, an
 * append-only ledger of moves. On hand is the sum of the moves; a mistake is corrected by
 * a counter-move, never by editing one.
 */

/** Who keeps a buying unit's store (their own unit only) and who reads every unit's. */
export const STOCK_KEEPER_ROLES: readonly Role[] = ['purchasing_clerk'];
export const STOCK_READER_ROLES: readonly Role[] = ['purchasing_clerk', 'company_leader', 'finance', 'auditor'];
/** Roles that read both units' stock whatever unit they are granted in. */
export const STOCK_READ_ALL_ROLES: readonly Role[] = ['company_leader', 'finance', 'auditor'];

export const STOCK_MOVE_KINDS = ['receipt', 'issue', 'count', 'opening'] as const;
export type StockMoveKind = (typeof STOCK_MOVE_KINDS)[number];

export const STOCK_MOVE_KIND_LABELS: Record<StockMoveKind, { zh: string; en: string }> = {
  receipt: { zh: '入库', en: 'Receipt' },
  issue: { zh: '领用', en: 'Issue' },
  count: { zh: '盘点调整', en: 'Count adjustment' },
  opening: { zh: '期初', en: 'Opening balance' },
};

/** The move a stock take records: counted − on hand, in thousandths so 0.1 + 0.2 never bites; 0 records nothing. */
export function countAdjustment(counted: number, onHand: number): number {
  return (Math.round(counted * 1000) - Math.round(onHand * 1000)) / 1000;
}

/** At or below the reorder level: time to buy (the same rule as the items list's). */
export function belowReorder(onHand: number, reorderLevel: number): boolean {
  return onHand <= reorderLevel;
}
