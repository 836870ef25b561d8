import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { AuditEntry, AuditFacets } from '@portal/domain/contracts';
import { pagedParams, type Page, type PagedQuery } from '../../shared/list-query';

/** One row of the audit trail, and the filter lists' values (domain/src/contracts/audit.ts). */
export type { AuditEntry, AuditFacets } from '@portal/domain/contracts';

export interface AuditQuery extends PagedQuery {
  actorId?: number | null;
  entity?: string | null;
  action?: string | null;
  /** Calendar days, YYYY-MM-DD, both inclusive. */
  from?: string | null;
  to?: string | null;
  sort: 'at' | '-at';
}

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditQuery): Observable<Page<AuditEntry>> {
    return this.http.get<Page<AuditEntry>>('/api/audit', { params: pagedParams(query, ['actorId', 'entity', 'action', 'from', 'to']) });
  }

  facets(): Observable<AuditFacets> {
    return this.http.get<AuditFacets>('/api/audit/facets');
  }
}

/** A date picked in the browser as the API's calendar day: the user's local date, not UTC's. */
export function toDay(date: Date | null | undefined): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
