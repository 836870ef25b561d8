import type { Knex } from 'knex';

/**
 * The list endpoints' `{ items, total }`: how many rows the filtered query matches,
 * then one page of them, ordered and shaped by `rows` (which must order them fully,
 * so that pages neither repeat nor skip a row).
 */
export async function pageOf<T>(
  filtered: Knex.QueryBuilder,
  f: { page: number; pageSize: number },
  rows: (qb: Knex.QueryBuilder) => Knex.QueryBuilder,
): Promise<{ items: T[]; total: number }> {
  const [{ n }] = await filtered.clone().count<{ n: number }[]>({ n: '*' });
  const items: T[] = await rows(filtered.clone())
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { items, total: Number(n) };
}

/** A list's chosen order: the column its sort names, among those `columns` lets it sort by, either way. */
export function sortedBy(qb: Knex.QueryBuilder, columns: Record<string, string>, sort: { column: string; desc: boolean }): Knex.QueryBuilder {
  return qb.orderBy(columns[sort.column], sort.desc ? 'desc' : 'asc');
}
