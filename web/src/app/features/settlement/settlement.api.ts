import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { InvoiceKind, InvoiceStatus, PaymentKind, PaymentMethod, PaymentRequestStatus } from '@portal/domain';
import type {
  InvoiceableOrders,
  InvoiceHandover,
  InvoiceHandoverList,
  OwedOrders,
  PaymentRegister,
  PaymentRequestDetail,
  PaymentRequestList,
  PurchaseInvoiceDetail,
  PurchaseInvoiceList,
  SupplierList,
} from '@portal/domain/contracts';
import type { Observable } from 'rxjs';
import { getFile, type DownloadedFile } from '../../shared/download';
import { listParams } from '../../shared/list-query';

export type {
  InvoiceableOrder,
  InvoiceHandover,
  OwedOrder,
  PaymentRegisterRow,
  PaymentRequestDetail,
  PaymentRequestRow,
  PurchaseInvoiceDetail,
  PurchaseInvoiceRow,
} from '@portal/domain/contracts';

interface Paging {
  page: number;
  pageSize: number;
}

export interface CreatePaymentRequest {
  supplierId: number;
  orderIds: number[];
  amountFen: number;
  payee: string;
  method: PaymentMethod;
  bank: string | null;
  account: string | null;
  note: string;
}

export interface RegisterFilter {
  q: string;
  from: string | null;
  to: string | null;
  kind: PaymentKind | null;
}

export interface CreateInvoice {
  kind: InvoiceKind;
  code: string;
  invoiceNo: string;
  issuedOn: string;
  header: string;
  sellerName: string;
  sellerTaxId: string;
  buyerTaxId: string | null;
  buyerAddress: string | null;
  buyerPhone: string | null;
  buyerBank: string | null;
  buyerAccount: string | null;
  amountFen: number;
  taxRateBp: number;
  taxFen: number;
  totalFen: number;
  orders: { orderId: number; amountFen: number }[];
}

const keyed = (key: string) => ({ headers: new HttpHeaders({ 'Idempotency-Key': key }) });

/**
 * /api/payment-requests, /api/payment-register, /api/purchase-invoices and /api/invoice-handovers
 * (domain/src/contracts/payment-requests.ts, purchase-invoices.ts). Creating writes carry the
 * Idempotency-Key their form drew once, so a retry after a lost answer records nothing twice.
 */
@Injectable({ providedIn: 'root' })
export class SettlementApi {
  private readonly http = inject(HttpClient);

  suppliers(): Observable<SupplierList> {
    return this.http.get<SupplierList>('/api/suppliers', { params: listParams({ pageSize: 200, active: true }) });
  }

  owed(supplierId: number): Observable<OwedOrders> {
    return this.http.get<OwedOrders>('/api/payment-requests/owed', { params: listParams({ supplierId }) });
  }

  requests(q: { q: string; status: PaymentRequestStatus | null } & Paging): Observable<PaymentRequestList> {
    return this.http.get<PaymentRequestList>('/api/payment-requests', { params: listParams({ ...q, q: q.q.trim() || undefined }) });
  }

  request(id: number): Observable<PaymentRequestDetail> {
    return this.http.get<PaymentRequestDetail>(`/api/payment-requests/${id}`);
  }

  createRequest(body: CreatePaymentRequest, key: string): Observable<PaymentRequestDetail> {
    return this.http.post<PaymentRequestDetail>('/api/payment-requests', body, keyed(key));
  }

  submit(id: number, version: number): Observable<PaymentRequestDetail> {
    return this.http.post<PaymentRequestDetail>(`/api/payment-requests/${id}/submit`, { version });
  }

  discard(id: number, version: number): Observable<PaymentRequestDetail> {
    return this.http.post<PaymentRequestDetail>(`/api/payment-requests/${id}/discard`, { version });
  }

  pay(id: number, body: { paidOn: string; payingAccount: string; bankRef: string }, key: string): Observable<PaymentRequestDetail> {
    return this.http.post<PaymentRequestDetail>(`/api/payment-requests/${id}/pay`, body, keyed(key));
  }

  reverse(id: number, body: { reason: string }, key: string): Observable<PaymentRequestDetail> {
    return this.http.post<PaymentRequestDetail>(`/api/payment-requests/${id}/reverse`, body, keyed(key));
  }

  register(f: RegisterFilter & Paging): Observable<PaymentRegister> {
    return this.http.get<PaymentRegister>('/api/payment-register', { params: listParams({ ...f, q: f.q.trim() || undefined }) });
  }

  registerXlsx(f: RegisterFilter): Observable<DownloadedFile> {
    return getFile(this.http, '/api/payment-register', 'payment-register.xlsx', listParams({ ...f, q: f.q.trim() || undefined, format: 'xlsx' }));
  }

  invoices(q: { q: string; status: InvoiceStatus | null; kind: InvoiceKind | null } & Paging): Observable<PurchaseInvoiceList> {
    return this.http.get<PurchaseInvoiceList>('/api/purchase-invoices', { params: listParams({ ...q, q: q.q.trim() || undefined }) });
  }

  invoiceable(): Observable<InvoiceableOrders> {
    return this.http.get<InvoiceableOrders>('/api/purchase-invoices/invoiceable');
  }

  invoice(id: number): Observable<PurchaseInvoiceDetail> {
    return this.http.get<PurchaseInvoiceDetail>(`/api/purchase-invoices/${id}`);
  }

  createInvoice(body: CreateInvoice, key: string): Observable<PurchaseInvoiceDetail> {
    return this.http.post<PurchaseInvoiceDetail>('/api/purchase-invoices', body, keyed(key));
  }

  sign(id: number, version: number): Observable<PurchaseInvoiceDetail> {
    return this.http.post<PurchaseInvoiceDetail>(`/api/purchase-invoices/${id}/sign`, { version });
  }

  handovers(q: { status: 'sent' | 'confirmed' | null } & Paging): Observable<InvoiceHandoverList> {
    return this.http.get<InvoiceHandoverList>('/api/invoice-handovers', { params: listParams({ ...q }) });
  }

  handover(id: number): Observable<InvoiceHandover> {
    return this.http.get<InvoiceHandover>(`/api/invoice-handovers/${id}`);
  }

  handOver(invoiceIds: number[], key: string): Observable<InvoiceHandover> {
    return this.http.post<InvoiceHandover>('/api/invoice-handovers', { invoiceIds }, keyed(key));
  }

  confirm(id: number, version: number): Observable<InvoiceHandover> {
    return this.http.post<InvoiceHandover>(`/api/invoice-handovers/${id}/confirm`, { version });
  }
}
