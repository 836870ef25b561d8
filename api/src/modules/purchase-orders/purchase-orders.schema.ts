import { z } from 'zod';
import { BUYING_UNITS, MAX_QUANTITY, ORDER_PLATFORMS, ORDER_SOURCES, VC_STATUSES } from '@portal/domain';
import { dbId, isoDay, listQuery, queryId, sortParam } from '../../http/validate';

/** Money typed in fen: whole, not negative, below what a bigint column and JS both hold exactly. */
const fen = z.number().int().min(0).max(1_000_000_000_000);
const quantity = z.number().min(0).max(MAX_QUANTITY);
const text = (max: number) => z.string().trim().max(max);
const month = z.string().regex(/^(?!0000)\d{4}-(0[1-9]|1[0-2])$/, 'purchaseOrders.badMonth');

export const browseOrdersQuery = z.object({
  ...listQuery,
  sort: sortParam(['orderedOn', 'number', 'totalFen', 'platform'], '-orderedOn'),
  unit: z.enum(BUYING_UNITS).optional(),
  month: month.optional(),
  platform: z.enum(ORDER_PLATFORMS).optional(),
  supplierId: queryId.optional(),
  /** The virtual contract's state; 'none' for orders without one yet. */
  status: z.enum([...VC_STATUSES, 'none']).optional(),
  source: z.enum(ORDER_SOURCES).optional(),
  /** 'awaiting': orders with a delivery awaiting the head's review (审核). */
  review: z.enum(['awaiting']).optional(),
});
export type BrowseOrders = z.output<typeof browseOrdersQuery>;

export const orderableQuery = z.object({ on: isoDay.optional() });

const orderLine = z.object({
  planLineId: dbId,
  quantity,
  unitPriceFen: fen.min(1),
  /** As the platform shows it; checked against quantity × unit price when given. */
  amountFen: fen.optional(),
  priceReason: text(500).optional().transform((s) => s || null),
});

export const createOrderBody = z.object({
  planId: dbId,
  platform: z.enum(ORDER_PLATFORMS),
  platformName: text(50).optional().transform((s) => s || null),
  shop: text(100).default(''),
  /** An existing supplier of the price database, or a new one created on the spot (newSupplier). */
  supplierId: dbId.optional(),
  newSupplier: z.object({ shopName: text(100).min(1), shopUrl: text(2000).default(''), contact: text(200).default('') }).optional(),
  platformOrderNo: text(64).min(1).regex(/^[A-Za-z0-9_-]+$/, 'purchaseOrders.badOrderNo'),
  orderedOn: isoDay,
  lines: z.array(orderLine).min(1).max(200),
  freightFen: fen.default(0),
  discountFen: fen.default(0),
  /** What was paid on the platform; must equal goods + freight − discount when given. */
  totalFen: fen.optional(),
  note: text(500).default(''),
});
export type CreateOrder = z.output<typeof createOrderBody>;

/** /purchase-orders/:id/deliveries/:deliveryId/review */
export const deliveryParams = z.object({ id: queryId, deliveryId: queryId });

export const attachmentQuery = z.object({ filename: text(255).default('order-page') });

export const deliveryBody = z.object({
  receivedOn: isoDay,
  receiver: text(50).min(1),
  note: text(500).default(''),
  lines: z
    .array(
      z.object({
        orderLineId: dbId,
        received: quantity,
        accepted: quantity,
        rejected: quantity.default(0),
        rejectionReason: text(500).optional().transform((s) => s || null),
      }),
    )
    .min(1)
    .max(200),
});
export type DeliveryInput = z.output<typeof deliveryBody>;

/** Cancelling: the version the clerk saw and the reason (required; blank is refused naming `reason`). */
export const cancelBody = z.object({ version: z.number().int().min(1), reason: text(500).min(1, 'purchaseOrders.cancelReasonRequired') });
