import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BuyingUnit, OrderPlatform, VcStatus } from '@portal/domain';
import type { Observable } from 'rxjs';
import type { OrderablePlans, PurchaseOrder, PurchaseOrderList } from '@portal/domain/contracts';
import { listParams, type PagedQuery } from '../../shared/list-query';

/** An order, its list row and the plan lines to order from (domain/src/contracts/purchase-orders.ts). */
export type { OrderablePlans, OrderablePlanLine, OrderMatch, PurchaseOrder, PurchaseOrderLine, PurchaseOrderSummary } from '@portal/domain/contracts';

export interface OrdersQuery extends PagedQuery {
  unit: BuyingUnit | null;
  month: string | null;
  platform: OrderPlatform | null;
  status: VcStatus | 'none' | null;
  review?: 'awaiting' | null;
}

export interface NewOrder {
  planId: number;
  platform: OrderPlatform;
  platformName?: string;
  shop: string;
  supplierId?: number;
  newSupplier?: { shopName: string };
  platformOrderNo: string;
  orderedOn: string;
  lines: { planLineId: number; quantity: number; unitPriceFen: number; priceReason?: string }[];
  freightFen: number;
  discountFen: number;
  totalFen: number;
  note: string;
}

export interface NewDelivery {
  receivedOn: string;
  receiver: string;
  note: string;
  lines: { orderLineId: number; received: number; accepted: number; rejected: number; rejectionReason?: string }[];
}

export interface SupplierOption {
  id: number;
  platform: OrderPlatform;
  shopName: string;
}

/**
 * /api/purchase-orders. Writes that record something carry the Idempotency-Key their form drew
 * once, so a retry after a lost answer does not record the order or the delivery twice.
 */
@Injectable({ providedIn: 'root' })
export class PurchaseOrdersApi {
  private readonly http = inject(HttpClient);

  list(q: OrdersQuery): Observable<PurchaseOrderList> {
    return this.http.get<PurchaseOrderList>('/api/purchase-orders', { params: listParams({ ...q, q: q.q?.trim() }) });
  }

  get(id: number): Observable<PurchaseOrder> {
    return this.http.get<PurchaseOrder>(`/api/purchase-orders/${id}`);
  }

  orderable(on: string): Observable<OrderablePlans> {
    return this.http.get<OrderablePlans>('/api/purchase-orders/orderable', { params: { on } });
  }

  suppliers(): Observable<{ items: SupplierOption[] }> {
    return this.http.get<{ items: SupplierOption[] }>('/api/suppliers', { params: { eligible: 'true', pageSize: 200 } });
  }

  orderOfContract(vcId: number): Observable<{ orderId: number }> {
    return this.http.get<{ orderId: number }>(`/api/purchase-orders/by-contract/${vcId}`);
  }

  create(input: NewOrder, key: string): Observable<PurchaseOrder> {
    return this.http.post<PurchaseOrder>('/api/purchase-orders', input, { headers: new HttpHeaders({ 'Idempotency-Key': key }) });
  }

  /** 审核 of a contract order's delivery by the buying unit's head. */
  review(orderId: number, deliveryId: number): Observable<PurchaseOrder> {
    return this.http.post<PurchaseOrder>(`/api/purchase-orders/${orderId}/deliveries/${deliveryId}/review`, {});
  }

  /** 取消订单: the version the clerk saw and why; 409 naming what stands in the way, or a stale version. */
  cancel(id: number, input: { version: number; reason: string }): Observable<PurchaseOrder> {
    return this.http.post<PurchaseOrder>(`/api/purchase-orders/${id}/cancel`, input);
  }

  deliver(id: number, input: NewDelivery, key: string): Observable<PurchaseOrder> {
    return this.http.post<PurchaseOrder>(`/api/purchase-orders/${id}/deliveries`, input, { headers: new HttpHeaders({ 'Idempotency-Key': key }) });
  }

  /** The platform's order page, sent as the file's own bytes; the server decides its type from them. */
  attach(id: number, file: File): Observable<PurchaseOrder> {
    return this.http.post<PurchaseOrder>(`/api/purchase-orders/${id}/attachments`, file, {
      params: { filename: file.name },
      headers: { 'content-type': file.type || 'application/octet-stream' },
    });
  }
}
