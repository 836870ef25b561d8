import { z } from 'zod';
import { Invalid, type FieldError } from './errors';
import type { Lang } from './lang';
import { hasMessage, t } from './messages';
import { unsafeTextPaths } from './text-safety';

const locales = { zh: z.locales.zhCN().localeError, en: z.locales.en().localeError };

/**
 * Parses input with a zod schema; on failure throws Invalid naming every field.
 * A schema's own message may be a key from messages.ts (e.g. 'users.usernameTaken');
 * otherwise zod's wording in the caller's language is used.
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown, lang: Lang, prefix?: string): z.output<S> {
  const unsafe = unsafeTextPaths(input);
  if (unsafe.length) {
    throw new Invalid(unsafe.map((u) => ({ path: [prefix, u.path].filter(Boolean).join('.') || '(body)', message: t(u.key, lang) })));
  }
  const result = schema.safeParse(input, { error: locales[lang] as never });
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const bounds = issue as { minimum?: unknown; maximum?: unknown };
    const message = hasMessage(issue.message)
      ? t(issue.message, lang, { min: bounds.minimum, max: bounds.maximum })
      : issue.message;
    return { path: path || '(body)', message };
  });
  throw new Invalid(errors);
}

/** Query-string helpers: lists are `?q&sort&page&pageSize` (DESIGN.md). */
export const listQuery = {
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export function sortParam<const K extends string>(fields: readonly [K, ...K[]], fallback: `${'' | '-'}${K}`) {
  return z
    .string()
    .regex(new RegExp(`^-?(${fields.join('|')})$`), 'problem.badSort')
    .default(fallback)
    .transform((s) => ({ column: s.replace(/^-/, '') as K, desc: s.startsWith('-') }));
}

/** The largest PostgreSQL integer: ids and versions above it can name no record and are refused as input. */
export const MAX_DB_INT = 2_147_483_647;
/** A record id or version in a JSON body. */
export const dbId = z.number().int().positive().max(MAX_DB_INT);
/** A record id in the path or the query string. */
export const queryId = z.coerce.number().int().positive().max(MAX_DB_INT);

export const idParam = z.object({ id: queryId });

/** A calendar day, YYYY-MM-DD; PostgreSQL has no year 0000, so that is refused here rather than by the database. */
export const isoDay = z.iso.date().refine((s) => !s.startsWith('0000'), 'problem.badDate');

/**
 * The optional English name of a slot or an item (issue 11): blank clears it (null), so an
 * English screen falls back to the Chinese name; on an update, absent leaves it unchanged.
 */
export const englishName = z
  .string()
  .trim()
  .max(100)
  .nullable()
  .transform((s) => s || null);
