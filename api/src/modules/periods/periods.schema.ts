import { z } from 'zod';

/** A month in the path: YYYY-MM or YYYY-MM-01; its first day after parsing. */
export const periodParam = z.object({
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])(-01)?$/, 'periods.badPeriod')
    .transform((s) => `${s.slice(0, 7)}-01`),
});

/** Closing and locking may say why; reopening must. */
export const moveBody = z.object({ reason: z.string().trim().max(500).optional() });
export const reopenBody = z.object({ reason: z.string().trim().min(1, 'periods.reasonRequired').max(500) });
