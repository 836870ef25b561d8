import { HttpParams } from '@angular/common/http';
import type { Sort } from '@angular/material/sort';

/** One page of a server-side list (DESIGN.md: lists answer `{ items, total }`). */
export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * Query parameters for a list call. Empty filters are left out rather than sent
 * as `?unitId=` so the API's zod schemas see "no filter", not an invalid value.
 */
export function listParams(query: Record<string, string | number | boolean | null | undefined>): HttpParams {
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
