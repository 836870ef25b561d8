import type { Knex } from 'knex';

/** A contains-search for ILIKE: %, _ and \ typed by a user match themselves, not any text. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

/** A list's search box: keeps the rows where any of `columns` contains `q`, ignoring case; no `q`, no filter. */
export function whereContains(qb: Knex.QueryBuilder, q: string | undefined, columns: readonly string[]): void {
  if (!q) return;
  const like = likePattern(q);
  qb.where((w) => {
    for (const c of columns) w.orWhereILike(c, like);
  });
}
