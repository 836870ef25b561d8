import { z } from 'zod';
import { BUYING_UNITS, PLATFORMS } from '../supplier-prices';
import { ORDER_SOURCES, VC_STATUSES } from '../purchasing-orders';
import { MATCH_MISMATCHES, MATCH_STATUSES } from '../purchasing-match';
import { APPROVAL_STATUSES } from '../approvals';
import { day, fen, id, month, PersonRef, timestamp } from './common';

const platform = z.enum(PLATFORMS);
const qty = z.number();

/** One row of the orders list (网购订单): the order, its virtual contract's state and its match status. */
export const PurchaseOrderSummary = z.object({
  id,
  number: z.string(),
  unit: z.object({ id, code: z.enum(BUYING_UNITS), name: z.string() }),
  /** mall: bought on a platform against a plan; contract: a signed e-contract (no plan, no platform). */
  source: z.enum(ORDER_SOURCES),
  contract: z.object({ id, number: z.string() }).nullable(),
  plan: z.object({ id, number: z.string(), month }).nullable(),
  platform: platform.nullable(),
  platformName: z.string().nullable(),
  shop: z.string(),
  supplier: z.object({ id, shopName: z.string() }),
  platformOrderNo: z.string(),
  orderedOn: day,
  goodsFen: fen,
  freightFen: fen,
  discountFen: fen,
  totalFen: fen,
  status: z.enum(['open', 'cancelled']),
  /** Lines bought more than the tolerance above the lowest price, each with its reason. */
  aboveLowestLines: z.number().int(),
  vcStatus: z.enum(VC_STATUSES).nullable(),
  createdBy: PersonRef.nullable(),
});
export type PurchaseOrderSummary = z.infer<typeof PurchaseOrderSummary>;

export const PurchaseOrderList = z.object({ items: z.array(PurchaseOrderSummary), total: z.number().int() });
export type PurchaseOrderList = z.infer<typeof PurchaseOrderList>;

const OrderItem = z.object({ id, code: z.string(), name: z.string(), nameEn: z.string().nullable(), spec: z.string(), uom: z.string() });

export const PurchaseOrderLine = z.object({
  id,
  lineNo: z.number().int(),
  planLineId: id.nullable(),
  /** The catalogue item; null on a contract's free-text line. */
  item: OrderItem.nullable(),
  /** What is bought as people read it: the item's name, or the contract line's text. */
  description: z.string(),
  spec: z.string(),
  uom: z.string(),
  quantity: qty,
  unitPriceFen: fen,
  amountFen: fen,
  lowestPriceFen: fen.nullable(),
  priceReason: z.string().nullable(),
  received: qty,
  accepted: qty,
  rejected: qty,
});
export type PurchaseOrderLine = z.infer<typeof PurchaseOrderLine>;

export const OrderAttachment = z.object({
  id,
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: timestamp,
});

/** 虚拟合同: the printed order page, numbered, confirmed by the buying unit's head through the approvals engine. */
export const VirtualContract = z.object({
  id,
  number: z.string(),
  status: z.enum(VC_STATUSES),
  confirmedBy: PersonRef.nullable(),
  confirmedAt: timestamp.nullable(),
  attachment: OrderAttachment.nullable(),
  approval: z.object({ requestId: id, status: z.enum(APPROVAL_STATUSES) }).nullable(),
});
export type VirtualContract = z.infer<typeof VirtualContract>;

export const PurchaseDelivery = z.object({
  id,
  number: z.string(),
  receivedOn: day,
  receiver: z.string(),
  note: z.string(),
  recordedBy: PersonRef.nullable(),
  lines: z.array(z.object({ orderLineId: id, received: qty, accepted: qty, rejected: qty, rejectionReason: z.string().nullable() })),
  /** 审核: none on a mall order; a contract order's delivery awaits the unit head's review before settlement. */
  review: z.enum(['none', 'awaiting', 'reviewed']),
  reviewedBy: PersonRef.nullable(),
  reviewedAt: timestamp.nullable(),
  /** The viewer may review it now (the buying unit's head, not its recorder). */
  canReview: z.boolean(),
});
export type PurchaseDelivery = z.infer<typeof PurchaseDelivery>;

/** 退货: rejected goods and the refund expected. */
export const PurchaseReturn = z.object({
  id,
  deliveryId: id,
  orderLineId: id,
  quantity: qty,
  refundFen: fen,
  status: z.enum(['expected', 'refunded']),
});
export type PurchaseReturn = z.infer<typeof PurchaseReturn>;

/** Ordered / accepted / invoiced / paid of one order, with what is due so far and the status. */
export const OrderMatch = z.object({
  orderId: id,
  orderedFen: fen,
  acceptedFen: fen,
  refundFen: fen,
  invoicedFen: fen,
  paidFen: fen,
  dueFen: fen,
  status: z.enum(MATCH_STATUSES),
  mismatches: z.array(z.enum(MATCH_MISMATCHES)),
  /** Goods still to come: the status speaks for the delivered part. */
  partial: z.boolean(),
});
export type OrderMatch = z.infer<typeof OrderMatch>;

export const PurchaseOrder = PurchaseOrderSummary.extend({
  note: z.string(),
  version: z.number().int(),
  lines: z.array(PurchaseOrderLine),
  vc: VirtualContract.nullable(),
  deliveries: z.array(PurchaseDelivery),
  returns: z.array(PurchaseReturn),
  match: OrderMatch,
  /** The caller keeps this order's unit: may attach the order page and record deliveries. */
  editable: z.boolean(),
  /** Who cancelled the order, when and why; null while it is open. */
  cancellation: z.object({ reason: z.string(), by: PersonRef.nullable(), at: timestamp }).nullable(),
});
export type PurchaseOrder = z.infer<typeof PurchaseOrder>;

/** Cancelling an order: the version the clerk saw, and why. */
export const CancelOrder = z.object({ version: z.number().int(), reason: z.string() });
export type CancelOrder = z.infer<typeof CancelOrder>;

/** A plan line still to order, with the lowest eligible price of the price database for the order's month. */
export const OrderablePlanLine = z.object({
  planLineId: id,
  item: OrderItem,
  approved: qty,
  ordered: qty,
  orderable: qty,
  estUnitPriceFen: fen.nullable(),
  lowest: z.object({ priceFen: fen, supplierId: id, shopName: z.string(), platform }).nullable(),
});
export type OrderablePlanLine = z.infer<typeof OrderablePlanLine>;

/** The approved plans of the clerk's unit with lines still to order. */
export const OrderablePlans = z.object({
  toleranceBp: z.number().int(),
  plans: z.array(z.object({ id, number: z.string(), month, unit: z.object({ id, code: z.enum(BUYING_UNITS) }), lines: z.array(OrderablePlanLine) })),
});
export type OrderablePlans = z.infer<typeof OrderablePlans>;
