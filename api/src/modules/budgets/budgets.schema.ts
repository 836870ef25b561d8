import { z } from 'zod';
import { BUDGET_CONTROLS, MAX_BUDGET_FEN } from '@portal/domain';
import { dbId, queryId } from '../../http/validate';

/** The budget's year, as the table's check allows it. */
const year = z.coerce.number().int().min(2000).max(2100);

export const gridQuery = z.object({
  /** This year (China time) when not given. */
  year: year.optional(),
  /** One department's line: what a request editor shows beside the request. */
  departmentId: queryId.optional(),
});

export const yearParams = z.object({ year });

export const templateQuery = z.object({ year: year.optional() });

export const importQuery = z.object({ year, format: z.enum(['csv', 'xlsx']).optional() });

/**
 * The grid as saved: many department lines at once, each at the version the clerk read
 * (null for a department that had no line yet), all or nothing.
 */
export const saveGridBody = z.object({
  lines: z
    .array(
      z.object({
        departmentId: dbId,
        amountFen: z.number().int().min(0).max(MAX_BUDGET_FEN),
        control: z.enum(BUDGET_CONTROLS),
        version: dbId.nullable(),
      }),
    )
    .min(1)
    .max(500),
});

export type GridQuery = z.output<typeof gridQuery>;
export type SaveGrid = z.output<typeof saveGridBody>;
