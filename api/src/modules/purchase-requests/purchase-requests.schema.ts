import { z } from 'zod';
import { MAX_QUANTITY, MAX_REQUEST_LINES, PURCHASE_REQUEST_STATUSES } from '@portal/domain';
import { dbId, isoDay, listQuery, queryId, sortParam } from '../../http/validate';
import { buyingUnitCode, monthText } from '../planning-calendar/planning-calendar.schema';

const text = (max: number) => z.string().trim().max(max);

/**
 * A line: a catalogue item of the buying unit (itemId) or a free-text new item
 * (newItem: name, specification, unit), never both. Whether the quantity suits the
 * unit (whole 个, three decimals of 米) and the item exists is the service's check.
 */
const lineInput = z
  .object({
    itemId: dbId.nullish(),
    newItem: z
      .object({ name: text(100).min(1), spec: text(200).default(''), uom: text(10).min(1) })
      .nullish(),
    quantity: z.number().positive('purchaseRequests.quantityNotPositive').max(MAX_QUANTITY),
    neededBy: isoDay.nullish(),
    purpose: text(200).default(''),
  })
  .superRefine((l, ctx) => {
    if ((l.itemId == null) === (l.newItem == null)) ctx.addIssue({ code: 'custom', path: ['itemId'], message: 'purchaseRequests.itemOrNew' });
  });

export type LineInput = z.output<typeof lineInput>;

const lines = z.array(lineInput).max(MAX_REQUEST_LINES).default([]);

export const browseRequestsQuery = z.object({
  ...listQuery,
  sort: sortParam<'number' | 'month' | 'status' | 'totalFen' | 'updatedAt'>(['number', 'month', 'status', 'totalFen', 'updatedAt'], '-updatedAt'),
  status: z.enum(PURCHASE_REQUEST_STATUSES).optional(),
  month: monthText.optional(),
  buyingUnit: buyingUnitCode.optional(),
  departmentId: queryId.optional(),
  late: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** Only those this user created. */
  mine: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export const createRequestBody = z.object({
  /** The department asking; by default the one the requester's grant is on. */
  departmentId: dbId.optional(),
  buyingUnit: buyingUnitCode,
  month: monthText,
  note: text(500).default(''),
  lines,
});

export const updateRequestBody = z.object({ version: dbId, note: text(500).default(''), lines });
export const versionBody = z.object({ version: dbId });
export const versionQuery = z.object({ version: queryId });

export const itemsQuery = z.object({ ...listQuery, unit: buyingUnitCode });

export type BrowseRequests = z.output<typeof browseRequestsQuery>;
export type CreateRequest = z.output<typeof createRequestBody>;
export type UpdateRequest = z.output<typeof updateRequestBody>;
