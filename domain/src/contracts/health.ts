import { z } from 'zod';

/** GET /api/health: for load balancers. */
export const Health = z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'postgresql']), dbLatencyMs: z.number() });
export type Health = z.infer<typeof Health>;
