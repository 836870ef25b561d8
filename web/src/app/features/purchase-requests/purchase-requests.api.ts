import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BuyingUnit } from '@portal/domain';
import { map, type Observable } from 'rxjs';
import { listParams, pagedParams, type Page, type PagedQuery } from '../../shared/list-query';

// PROVISIONAL: replaced by the contracts of domain/src/contracts/purchase-requests.ts once merged.
export type RequestStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'returned';
export type LineStatus = 'draft' | 'submitted' | 'dept_approved' | 'in_plan' | 'cut' | 'deferred' | 'plan_approved' | 'rejected' | 'returned';

export interface ItemPrice {
  priceFen: number;
  supplierId: number;
  supplierName: string;
  observedOn: string;
}

export interface ItemOption {
  id: number;
  code: string;
  name: string;
  spec: string;
  uom: string;
  price: ItemPrice | null;
}

export interface RequestLine {
  id: number;
  lineNo: number;
  itemId: number | null;
  item: ItemOption | null;
  newItemName: string | null;
  newItemSpec: string;
  newItemUom: string | null;
  quantity: number;
  neededBy: string | null;
  purpose: string;
  estUnitPriceFen: number | null;
  estAmountFen: number;
  status: LineStatus;
  reason: string | null;
}

export interface RequestSummary {
  id: number;
  number: string;
  department: { id: number; name: string };
  buyingUnit: BuyingUnit;
  month: string;
  status: RequestStatus;
  late: boolean;
  overBudgetFen: number | null;
  totalFen: number;
  lineCount: number;
  updatedAt: string;
}

export interface PurchaseRequest extends RequestSummary {
  note: string;
  version: number;
  createdBy: { id: number; name: string } | null;
  submittedAt: string | null;
  cutoffOn: string;
  lines: RequestLine[];
  actions: ('edit' | 'submit' | 'delete')[];
  approval: { requestId: number; readable: boolean } | null;
}

export interface RequestLineInput {
  itemId: number | null;
  newItemName?: string;
  newItemSpec?: string;
  newItemUom?: string;
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
}

/** /api/purchase-requests: departments' monthly requests, their lines and the item search with prices. */
@Injectable({ providedIn: 'root' })
export class PurchaseRequestsApi {
  private readonly http = inject(HttpClient);

  list(query: RequestQuery): Observable<Page<RequestSummary>> {
    return this.http.get<Page<RequestSummary>>('/api/purchase-requests', { params: pagedParams(query, ['month', 'status', 'buyingUnit']) });
  }

  get(id: number): Observable<PurchaseRequest> {
    return this.http.get<PurchaseRequest>(`/api/purchase-requests/${id}`);
  }

  create(buyingUnit: BuyingUnit, month: string): Observable<PurchaseRequest> {
    return this.http.post<PurchaseRequest>('/api/purchase-requests', { buyingUnit, month });
  }

  update(id: number, version: number, input: RequestInput): Observable<PurchaseRequest> {
    return this.http.put<PurchaseRequest>(`/api/purchase-requests/${id}`, { version, ...input });
  }

  submit(id: number, version: number): Observable<PurchaseRequest> {
    return this.http.post<PurchaseRequest>(`/api/purchase-requests/${id}/submit`, { version });
  }

  remove(id: number, version: number): Observable<void> {
    return this.http.delete<void>(`/api/purchase-requests/${id}`, { body: { version } });
  }

  /** Catalogue items of the buying unit matching `q`, each with its lowest eligible current price. */
  items(unit: BuyingUnit, q: string): Observable<ItemOption[]> {
    return this.http
      .get<Page<ItemOption>>('/api/purchase-requests/items', { params: listParams({ unit, q: q.trim(), pageSize: 20 }) })
      .pipe(map((p) => p.items));
  }
}
