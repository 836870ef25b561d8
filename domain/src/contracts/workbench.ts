import { z } from 'zod';

/** GET /api/workbench: the cards this user gets, in the order the home page shows them. */
export const WorkbenchCardIds = z.object({ cards: z.array(z.string()) });
export type WorkbenchCardIds = z.infer<typeof WorkbenchCardIds>;

/** A small chart beside the to-dos: labels along the bottom, one series per colour. */
export const WorkbenchChart = z.object({
  type: z.enum(['bar', 'line']),
  labels: z.array(z.string()),
  series: z.array(z.object({ label: z.string(), data: z.array(z.number()) })),
});
export type WorkbenchChart = z.infer<typeof WorkbenchChart>;

/**
 * GET /api/workbench/cards/:id: one card, its words already in the reader's language.
 * `count` is how many things wait (a to-do); with `total` it reads "n of m" (progress);
 * a chart card carries `chart` instead. `link` is where one click takes the user.
 */
export const WorkbenchCard = z.object({
  id: z.string(),
  title: z.string(),
  hint: z.string(),
  count: z.number().int().nullable(),
  total: z.number().int().nullable(),
  link: z.object({ path: z.string(), query: z.record(z.string(), z.string()) }).nullable(),
  chart: WorkbenchChart.nullable(),
});
export type WorkbenchCard = z.infer<typeof WorkbenchCard>;
