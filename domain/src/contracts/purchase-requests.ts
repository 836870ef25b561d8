import { z } from 'zod';
import { APPROVAL_STATUSES } from '../approvals';
import { PLATFORMS } from '../supplier-prices';
import { PLANNING_STATUSES } from '../purchasing-calendar';
import { PURCHASE_REQUEST_ACTIONS, PURCHASE_REQUEST_STATUSES, REQUEST_LINE_STATUSES } from '../purchasing-requests';
import { day, fen, id, month, page, PersonRef, timestamp } from './common';
import { Item } from './items';
import { BuyingUnitRef } from './planning-calendar';

/** A user department (用料部门) as a request names it. */
export const DepartmentRef = z.object({ id, code: z.string(), name: z.string() });
export type DepartmentRef = z.infer<typeof DepartmentRef>;

/** A row of GET /api/purchase-requests. */
export const PurchaseRequestSummary = z.object({
  id,
  number: z.string(),
  department: DepartmentRef,
  buyingUnit: BuyingUnitRef,
  month,
  status: z.enum(PURCHASE_REQUEST_STATUSES),
  /** Submitted after the month's cut-off (database time). */
  late: z.boolean(),
  /** Submitted over a warn-controlled budget by this much: the warning the request carries. */
  overBudgetFen: fen.nullable(),
  totalFen: fen,
  lineCount: z.number().int(),
  createdBy: PersonRef.nullable(),
  submittedAt: timestamp.nullable(),
  updatedAt: timestamp,
  version: z.number().int(),
});
export type PurchaseRequestSummary = z.infer<typeof PurchaseRequestSummary>;

export const PurchaseRequestList = page(PurchaseRequestSummary);
export type PurchaseRequestList = z.infer<typeof PurchaseRequestList>;

/** A catalogue item as a request line shows it. */
export const RequestItemRef = Item.pick({ id: true, code: true, name: true, spec: true, uom: true, category: true });
export type RequestItemRef = z.infer<typeof RequestItemRef>;

/** Where an estimated price came from: the lowest eligible current price, its shop and the day it was seen. */
export const PriceEstimate = z.object({
  unitPriceFen: fen,
  supplierId: id,
  shopName: z.string(),
  platform: z.enum(PLATFORMS),
  observedOn: day,
});
export type PriceEstimate = z.infer<typeof PriceEstimate>;

export const PurchaseRequestLine = z.object({
  id,
  lineNo: z.number().int(),
  /** The catalogue item chosen, or null for a free-text new item. */
  item: RequestItemRef.nullable(),
  /** A free-text new item (name, specification, unit) the clerk maps to a catalogue item later. */
  newItem: z.object({ name: z.string(), spec: z.string(), uom: z.string() }).nullable(),
  /** The catalogue item the clerk mapped a free-text line to. */
  mappedItem: RequestItemRef.nullable(),
  /** The line's unit of measure: the item's, or the free-text one. */
  uom: z.string(),
  quantity: z.number(),
  neededBy: day.nullable(),
  purpose: z.string(),
  /** Stored at save; null when no eligible price was known (or a free-text line). */
  estimate: PriceEstimate.nullable(),
  estAmountFen: fen,
  /** Where the line stands for its requester (issue 12 item 7). */
  status: z.enum(REQUEST_LINE_STATUSES),
  /** The company plan's reason when the line was cut or deferred. */
  planReason: z.string().nullable(),
  planNumber: z.string().nullable(),
  /** This line's share of what the orders placed and what arrived and was accepted; null before the first order. */
  fulfilment: z.object({ orderedQty: z.number(), receivedQty: z.number() }).nullable().optional(),
});
export type PurchaseRequestLine = z.infer<typeof PurchaseRequestLine>;

/** GET /api/purchase-requests/:id: the list fields, the lines, the month's calendar, the approval and what this user may do. */
export const PurchaseRequest = PurchaseRequestSummary.extend({
  note: z.string(),
  lines: z.array(PurchaseRequestLine),
  calendar: z.object({ cutoffOn: day, status: z.enum(PLANNING_STATUSES) }),
  approval: z.object({ requestId: id, status: z.enum(APPROVAL_STATUSES), currentStep: z.number().int().nullable(), readable: z.boolean() }).nullable(),
  actions: z.array(z.enum(PURCHASE_REQUEST_ACTIONS)),
});
export type PurchaseRequest = z.infer<typeof PurchaseRequest>;

/** GET /api/purchase-requests/items?unit&q: the buying unit's active items with today's estimated unit price. */
export const RequestableItem = RequestItemRef.extend({ estimate: PriceEstimate.nullable() });
export type RequestableItem = z.infer<typeof RequestableItem>;

export const RequestableItemList = page(RequestableItem);
export type RequestableItemList = z.infer<typeof RequestableItemList>;

/** GET /api/purchase-requests/departments: the departments this user may create requests for. */
export const RequestDepartments = z.object({ items: z.array(DepartmentRef) });
export type RequestDepartments = z.infer<typeof RequestDepartments>;
