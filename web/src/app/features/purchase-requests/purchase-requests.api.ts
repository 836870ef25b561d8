import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BuyingUnit, PurchaseRequestStatus, RequestLineStatus } from '@portal/domain';
import type { PurchaseRequest, PurchaseRequestSummary as RequestSummary, RequestableItem as ItemOption, RequestDepartments } from '@portal/domain/contracts';
import { map, type Observable } from 'rxjs';
import { listParams, pagedParams, type Page, type PagedQuery } from '../../shared/list-query';

/** What /api/purchase-requests answers (domain/src/contracts/purchase-requests.ts): declared once, checked by the API's tests. */
export type {
  PriceEstimate,
  PurchaseRequest,
  PurchaseRequestLine as RequestLine,
  PurchaseRequestSummary as RequestSummary,
  RequestableItem as ItemOption,
  DepartmentRef,
} from '@portal/domain/contracts';
export type RequestStatus = PurchaseRequestStatus;
export type LineStatus = RequestLineStatus;

/** A line as the editor sends it: a catalogue item, or a new item in words. */
export interface RequestLineInput {
  itemId: number | null;
  newItem: { name: string; spec: string; uom: string } | null;
  quantity: number;
  neededBy: string | null;
  purpose: string;
}

export interface RequestInput {
  note: string;
  lines: RequestLineInput[];
}

export interface RequestQuery extends PagedQuery {
  month?: string | null;
  status?: RequestStatus | null;
  buyingUnit?: BuyingUnit | null;
  mine?: boolean;
}

/** /api/purchase-requests: departments' monthly requests, their lines and the item search with prices. */
@Injectable({ providedIn: 'root' })
export class PurchaseRequestsApi {
  private readonly http = inject(HttpClient);

  list(query: RequestQuery): Observable<Page<RequestSummary>> {
    return this.http.get<Page<RequestSummary>>('/api/purchase-requests', { params: pagedParams(query, ['month', 'status', 'buyingUnit', 'mine']) });
  }

  get(id: number): Observable<PurchaseRequest> {
    return this.http.get<PurchaseRequest>(`/api/purchase-requests/${id}`);
  }

  create(input: { departmentId: number; buyingUnit: BuyingUnit; month: string }): Observable<PurchaseRequest> {
    return this.http.post<PurchaseRequest>('/api/purchase-requests', input);
  }

  /** The departments this user may create requests for (a requester's own). */
  departments(): Observable<RequestDepartments['items']> {
    return this.http.get<RequestDepartments>('/api/purchase-requests/departments').pipe(map((r) => r.items));
  }

  update(id: number, version: number, input: RequestInput): Observable<PurchaseRequest> {
    return this.http.put<PurchaseRequest>(`/api/purchase-requests/${id}`, { version, ...input });
  }

  submit(id: number, version: number): Observable<PurchaseRequest> {
    return this.http.post<PurchaseRequest>(`/api/purchase-requests/${id}/submit`, { version });
  }

  remove(id: number, version: number): Observable<void> {
    return this.http.delete<void>(`/api/purchase-requests/${id}`, { params: { version } });
  }

  /** Catalogue items of the buying unit matching `q`, each with its lowest eligible current price. */
  items(unit: BuyingUnit, q: string): Observable<ItemOption[]> {
    return this.http
      .get<Page<ItemOption>>('/api/purchase-requests/items', { params: listParams({ unit, q: q.trim(), pageSize: 20 }) })
      .pipe(map((p) => p.items));
  }
}
