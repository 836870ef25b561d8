import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { CollectionMethod } from '@portal/domain';
import type { AdCollection, AdCollectionList, OpenInstalments } from '@portal/domain/contracts';
import { listParams, type PagedQuery } from '../../shared/list-query';

/** 收款 and the instalments a customer still owes (domain/src/contracts/collections.ts). */
export type { AdCollection, AdCollectionList, OpenInstalment, OpenInstalments } from '@portal/domain/contracts';

export interface CollectionQuery extends PagedQuery {
  reversed: boolean | null;
}

export interface CollectionInput {
  customerId: number;
  unitId: number;
  receivedOn: string;
  amountFen: number;
  method: CollectionMethod;
  bankRef: string;
  /** Left out: oldest due first, on the server. */
  allocations?: { instalmentId: number; amountFen: number }[];
}

/** /api/collections. Writes carry the Idempotency-Key their dialog drew once: a retry never collects twice. */
@Injectable({ providedIn: 'root' })
export class CollectionsApi {
  private readonly http = inject(HttpClient);

  list(q: CollectionQuery): Observable<AdCollectionList> {
    return this.http.get<AdCollectionList>('/api/collections', { params: listParams({ ...q, q: q.q?.trim() }) });
  }

  get(id: number): Observable<AdCollection> {
    return this.http.get<AdCollection>(`/api/collections/${id}`);
  }

  openInstalments(customerId: number, unitId?: number | null): Observable<OpenInstalments> {
    return this.http.get<OpenInstalments>('/api/collections/open-instalments', { params: listParams({ customerId, unitId }) });
  }

  record(input: CollectionInput, key: string): Observable<AdCollection> {
    return this.http.post<AdCollection>('/api/collections', input, { headers: new HttpHeaders({ 'Idempotency-Key': key }) });
  }

  reverse(id: number, reason: string, key: string): Observable<AdCollection> {
    return this.http.post<AdCollection>(`/api/collections/${id}/reverse`, { reason }, { headers: new HttpHeaders({ 'Idempotency-Key': key }) });
  }
}
