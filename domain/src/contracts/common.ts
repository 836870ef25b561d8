import { z } from 'zod';

/**
 * Building blocks of the response contracts. A contract is a zod schema the API's
 * tests check every JSON response against, and its z.infer type is what the web
 * imports (`import type`, so zod never enters the SPA bundle).
 */

/** One page of a server-side list (DESIGN.md: lists answer `{ items, total }`). */
export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });
export type Page<T> = { items: T[]; total: number };

export const id = z.number().int();
/** Integer fen (分). */
export const fen = z.number().int();
/** A share of list price in basis points (4500 = 4.5折). */
export const bp = z.number().int();
/** A moment as JSON carries it: ISO 8601 with its offset. */
export const timestamp = z.string();
/** A calendar day, YYYY-MM-DD. */
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A month, YYYY-MM. */
export const month = z.string().regex(/^\d{4}-\d{2}$/);

/** A person named in a record: who created, submitted or acted. */
export const PersonRef = z.object({ id, name: z.string() });
export type PersonRef = z.infer<typeof PersonRef>;

/** A value named in both languages. */
export const Bilingual = z.object({ zh: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof Bilingual>;
