import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { InquiryStatus } from '@portal/domain';
import type { Inquiry, InquiryList, SupplierList, SupplierQuote, SupplierQuoteComparison, SupplierQuoteList } from '@portal/domain/contracts';
import type { Observable } from 'rxjs';
import { pagedParams, type PagedQuery } from '../../shared/list-query';

/** What /api/inquiries answers (domain/src/contracts/inquiries.ts). */
export type {
  Inquiry,
  InquiryLine,
  InquiryList,
  InquirySummary,
  InquirySupplier,
  Supplier,
  SupplierQuote,
  SupplierQuoteComparison,
  SupplierQuoteList,
} from '@portal/domain/contracts';

export interface InquiryQuery extends PagedQuery {
  status?: InquiryStatus | null;
}

export interface InquiryLineInput {
  itemId: number | null;
  description: string;
  spec: string;
  quantity: number;
  uom: string;
  requiredOn: string;
}

export interface InquiryInput {
  title: string;
  deliveryPlace: string;
  quoteDeadline: string;
  note: string;
  lines: InquiryLineInput[];
  supplierIds: number[];
}

export interface QuoteInput {
  validUntil: string;
  notes: string;
  lines: { inquiryLineId: number; unitPriceFen: number; taxRateBp: number; deliveryDays: number; note: string }[];
}

/** /api/inquiries: inquiries (询价单), quotes (报价) and the comparison. */
@Injectable({ providedIn: 'root' })
export class InquiriesApi {
  private readonly http = inject(HttpClient);

  list(query: InquiryQuery): Observable<InquiryList> {
    return this.http.get<InquiryList>('/api/inquiries', { params: pagedParams(query, ['status']) });
  }

  get(id: number): Observable<Inquiry> {
    return this.http.get<Inquiry>(`/api/inquiries/${id}`);
  }

  create(input: InquiryInput): Observable<Inquiry> {
    return this.http.post<Inquiry>('/api/inquiries', input);
  }

  close(id: number, version: number): Observable<Inquiry> {
    return this.http.post<Inquiry>(`/api/inquiries/${id}/close`, { version });
  }

  quotes(id: number): Observable<SupplierQuoteList> {
    return this.http.get<SupplierQuoteList>(`/api/inquiries/${id}/quotes`);
  }

  submitQuote(id: number, input: QuoteInput): Observable<SupplierQuote> {
    return this.http.post<SupplierQuote>(`/api/inquiries/${id}/quotes`, input);
  }

  comparison(id: number): Observable<SupplierQuoteComparison> {
    return this.http.get<SupplierQuoteComparison>(`/api/inquiries/${id}/comparison`);
  }

  /** Suppliers open to new business, to invite (those with no contact are refused by the API, naming them). */
  eligibleSuppliers(): Observable<SupplierList> {
    return this.http.get<SupplierList>('/api/suppliers', { params: { eligible: 'true', platform: 'other', pageSize: 200 } });
  }

  /**
   * Opens a negotiation sheet (洽谈单) with one supplier from the comparison. Built by the
   * negotiations module (b2b-contracts); until it answers, the page goes to its new-sheet screen.
   */
  openNegotiation(inquiryId: number, supplierId: number, inquiryLineIds: number[]): Observable<{ id: number }> {
    return this.http.post<{ id: number }>('/api/negotiations', { inquiryId, supplierId, inquiryLineIds });
  }
}
