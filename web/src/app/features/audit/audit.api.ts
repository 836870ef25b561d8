import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { listParams, type Page } from '../../shared/list-query';

/** One row of the audit trail: who did what to which record, with the record before and after. */
export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
}

export interface AuditQuery {
  q?: string;
  actorId?: number | null;
  entity?: string | null;
  action?: string | null;
  /** Calendar days, YYYY-MM-DD, both inclusive. */
  from?: string | null;
  to?: string | null;
  sort: 'at' | '-at';
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** The entities and actions that occur in the trail, for the filter lists. */
export interface AuditFacets {
  entities: string[];
  actions: string[];
}

@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: AuditQuery): Observable<Page<AuditEntry>> {
    const params = listParams({
      q: query.q?.trim(),
      actorId: query.actorId,
      entity: query.entity,
      action: query.action,
      from: query.from,
      to: query.to,
      sort: query.sort,
      page: query.page,
      pageSize: query.pageSize,
    });
    return this.http.get<Page<AuditEntry>>('/api/audit', { params });
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
