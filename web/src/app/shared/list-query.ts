import { HttpParams } from '@angular/common/http';
import type { Sort } from '@angular/material/sort';

/** One page of a server-side list (DESIGN.md: lists answer `{ items, total }`), as the API's contracts declare it. */
export type { Page } from '@portal/domain/contracts';

type ParamValue = string | number | boolean | null | undefined;

/** What every searchable, sortable, paged list screen asks for. */
export interface PagedQuery {
  q?: string;
  /** `field` or `-field` (descending); the server's default when left out. */
  sort?: string;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
}

/**
 * Query parameters for a list call. Empty filters are left out rather than sent
 * as `?unitId=` so the API's zod schemas see "no filter", not an invalid value.
 */
export function listParams(query: Record<string, ParamValue>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue;
    params = params.set(key, String(value));
  }
  return params;
}

/** MatSort's state as the API spells it: `field` ascending, `-field` descending, nothing for the default. */
export function sortParam(sort: Sort | null | undefined): string | undefined {
  if (!sort?.active || !sort.direction) return undefined;
  return sort.direction === 'desc' ? `-${sort.active}` : sort.active;
}

/**
 * A list call's parameters in the order the API documents them: the search text
 * (trimmed), the named filters, then sort and page.
 */
export function pagedParams<Q extends PagedQuery>(query: Q, filters: readonly (keyof Q & string)[] = []): HttpParams {
  const picked: Record<string, ParamValue> = { q: query.q?.trim() };
  for (const f of filters) picked[f] = query[f] as ParamValue;
  return listParams({ ...picked, sort: query.sort, page: query.page, pageSize: query.pageSize });
}
