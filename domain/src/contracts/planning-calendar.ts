import { z } from 'zod';
import { BUYING_UNITS } from '../supplier-prices';
import { PLANNING_STATUSES } from '../purchasing-calendar';
import { day, id, month, PersonRef, timestamp } from './common';

/** A buying unit (办公室 or 供应处) as the purchasing screens name it. */
export const BuyingUnitRef = z.object({ id, code: z.enum(BUYING_UNITS), name: z.string() });
export type BuyingUnitRef = z.infer<typeof BuyingUnitRef>;

/**
 * GET /api/planning-calendar/:unit/:month: a month of a buying unit's calendar.
 * `isDefault` when the clerk never set it (open, cut-off the 20th of the month
 * before); its `version` is then 0 and a PUT with version 0 creates it.
 */
export const PlanningMonth = z.object({
  unit: BuyingUnitRef,
  month,
  cutoffOn: day,
  status: z.enum(PLANNING_STATUSES),
  isDefault: z.boolean(),
  version: z.number().int(),
  updatedBy: PersonRef.nullable(),
  updatedAt: timestamp.nullable(),
  /** Whether this user keeps this unit's calendar (its purchasing clerk). */
  canEdit: z.boolean(),
});
export type PlanningMonth = z.infer<typeof PlanningMonth>;

/** GET /api/planning-calendar/:unit?year=YYYY: the twelve months, for the calendar screen. */
export const PlanningYear = z.object({ unit: BuyingUnitRef, year: z.number().int(), canEdit: z.boolean(), months: z.array(PlanningMonth) });
export type PlanningYear = z.infer<typeof PlanningYear>;
