import { z } from 'zod';

/** A period in the path: the first day of a month, YYYY-MM-01 (the service names a malformed one). */
export const periodParam = z.object({ period: z.string().max(10) });
