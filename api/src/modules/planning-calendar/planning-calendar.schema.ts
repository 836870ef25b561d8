import { z } from 'zod';
import { BUYING_UNITS, parseMonth, PLANNING_STATUSES } from '@portal/domain';
import { isoDay } from '../../http/validate';

/** 'YYYY-MM' that is a real month: 2026-13 is a 400 naming the field. */
export const monthText = z
  .string()
  .refine((s) => parseMonth(s) !== null, 'planningCalendar.badMonth')
  .transform((s) => parseMonth(s)!);

/** A buying unit is named by its code in the path (OFFICE, SUPPLY), as items.buying_unit and the price screens do. */
export const buyingUnitCode = z.enum(BUYING_UNITS, 'planningCalendar.notBuyingUnit');

export const monthParams = z.object({ unit: buyingUnitCode, month: monthText });
export const unitParams = z.object({ unit: buyingUnitCode });
export const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const updateMonthBody = z.object({
  cutoffOn: isoDay,
  status: z.enum(PLANNING_STATUSES),
  /** The version read; 0 for a month still on its defaults. */
  version: z.number().int().min(0),
});

export type UpdateMonth = z.output<typeof updateMonthBody>;
