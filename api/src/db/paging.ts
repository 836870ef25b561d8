import type { Knex } from 'knex';
import { whereContains } from './like';

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

/** What a register's list asks for (customers, ad slots): the search text, the active flag, the sort and the page. */
export interface RegisterQuery {
  q?: string;
  active?: boolean;
  sort: { column: string; desc: boolean };
  page: number;
  pageSize: number;
}

/** One page of a register's table: `search` columns hold q, the active flag as asked, ordered by the chosen column, then id. */
export function registerPage<T>(table: Knex.QueryBuilder, search: readonly string[], sorts: Record<string, string>, f: RegisterQuery): Promise<{ items: T[]; total: number }> {
  const base = table.modify((qb) => {
    whereContains(qb, f.q, search);
    if (f.active !== undefined) qb.where('active', f.active);
  });
  return pageOf(base, f, (qb) => sortedBy(qb, sorts, f.sort).orderBy('id').select('*'));
}
