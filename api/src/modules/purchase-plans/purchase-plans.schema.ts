import { z } from 'zod';
import { BUYING_UNITS, MAX_QUANTITY, PLAN_CHOICES, PLAN_STATUSES } from '@portal/domain';
import { dbId, listQuery, queryId, sortParam } from '../../http/validate';

/** A month as the URL and the body carry it: YYYY-MM, a real month (2026-13 is refused). */
export const monthParam = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'purchasePlans.badMonth').refine((m) => m >= '2000-01' && m <= '2100-12', 'purchasePlans.badMonth');
/** A buying unit by its code: OFFICE (办公室) or SUPPLY (供应处). */
export const unitParam = z.enum(BUYING_UNITS, 'purchasePlans.badUnit');

export const consolidationParams = z.object({ unit: unitParam, month: monthParam });

export const browsePlansQuery = z.object({
  ...listQuery,
  sort: sortParam(['month', 'number', 'totalFen', 'updatedAt'], '-month'),
  status: z.enum(PLAN_STATUSES).optional(),
  unit: unitParam.optional(),
  month: monthParam.optional(),
});

export const openPlanBody = z.object({ unit: unitParam, month: monthParam, note: z.string().trim().max(2000).default('') });

export const versionBody = z.object({ version: dbId });

const reason = z.string().trim().max(500);

export const lineParams = z.object({ id: queryId, lineId: queryId });
export const sourceParams = z.object({ id: queryId, sourceId: queryId });

/** The clerk's own quantity for an item: whole for counted units (checked against the item's unit in the service). */
export const updateLineBody = z.object({
  version: dbId,
  proposedQty: z.number().min(0).max(MAX_QUANTITY),
  reason: reason.optional(),
});

/** Include, cut or defer a request line; cutting or deferring says why (the requester reads it). */
export const decideSourceBody = z
  .object({ version: dbId, decision: z.enum(PLAN_CHOICES), reason: reason.optional() })
  .refine((b) => b.decision === 'include' || !!b.reason, { message: 'purchasePlans.reasonRequired', path: ['reason'] });

/** Which catalogue item of the plan's buying unit a free-text line stands for. */
export const mapSourceBody = z.object({ version: dbId, itemId: dbId });

export type BrowsePlans = z.output<typeof browsePlansQuery>;
export type OpenPlan = z.output<typeof openPlanBody>;
export type UpdateLine = z.output<typeof updateLineBody>;
export type DecideSource = z.output<typeof decideSourceBody>;
export type MapSource = z.output<typeof mapSourceBody>;
