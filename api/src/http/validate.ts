import { z } from 'zod';
import { Invalid, type FieldError } from './errors';
import type { Lang } from './lang';
import { hasMessage, t } from './messages';

const locales = { zh: z.locales.zhCN().localeError, en: z.locales.en().localeError };

/**
 * Parses input with a zod schema; on failure throws Invalid naming every field.
 * A schema's own message may be a key from messages.ts (e.g. 'users.usernameTaken');
 * otherwise zod's wording in the caller's language is used.
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown, lang: Lang, prefix?: string): z.output<S> {
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

export const idParam = z.object({ id: z.coerce.number().int().positive() });
