import { z } from 'zod';
import { BUYING_UNITS, ITEM_CATEGORIES, MAX_QUANTITY } from '@portal/domain';
import { dbId, isoDay, listQuery, sortParam } from '../../http/validate';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
/** A quantity as typed; whether it must be whole depends on the item's unit of measure (quantityProblem, in the service). */
const quantity = z.number().min(-MAX_QUANTITY).max(MAX_QUANTITY);
const reason = z.string().trim().min(1, 'stock.reasonRequired').max(500);

export const browseStockQuery = z.object({
  ...listQuery,
  sort: sortParam(['code', 'name', 'onHand', 'lastMovedOn'], 'code'),
  unit: z.enum(BUYING_UNITS).optional(),
  category: z.enum(ITEM_CATEGORIES).optional(),
  belowReorder: bool.optional(),
});

export const itemIdParam = z.object({ itemId: z.coerce.number().int().positive().max(2_147_483_647) });

export const movesQuery = z.object({ page: listQuery.page, pageSize: listQuery.pageSize });

const move = { itemId: dbId, quantity, movedOn: isoDay.optional() };

/** 手工入库: goods that came in without an order in the portal (a gift, a return); the reason says which. */
export const receiptBody = z.object({ ...move, reason });

/** 领用: who took it and what for. */
export const issueBody = z.object({ ...move, departmentId: dbId, purpose: reason });

/** 盘点: what is on the shelf; the move is the difference from the books. */
export const countBody = z.object({ itemId: dbId, counted: quantity, movedOn: isoDay.optional(), reason });

export type BrowseStock = z.output<typeof browseStockQuery>;
export type ReceiptInput = z.output<typeof receiptBody>;
export type IssueInput = z.output<typeof issueBody>;
export type CountInput = z.output<typeof countBody>;
