import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AdPricingUnit, AdQuoteAction, AdQuoteStatus } from '@portal/domain';
import type { AdSlot, Customer as CustomerRow, DiscountAuthoritySetting, Quote, QuotePreview, QuoteSummary } from '@portal/domain/contracts';
import { map, type Observable } from 'rxjs';
import { getFile, type DownloadedFile } from '../../shared/download';
import { listParams, pagedParams, type Page, type PagedQuery } from '../../shared/list-query';

export type QuoteStatus = AdQuoteStatus;
export type QuoteAction = AdQuoteAction;
export type PricingUnit = AdPricingUnit;
/** Who a quote document is for: the customer (no approval trail) or the house (marked internal). */
export type QuoteCopy = 'customer' | 'internal';

/** What the API answers (domain/src/contracts/ad-quotes.ts): declared once, checked by the API's tests. */
export type { PreviewDecision, PreviewStep, Quote, QuoteLine, QuoteSummary } from '@portal/domain/contracts';
export type { QuotePreview as Preview, SlotConflict as Conflict } from '@portal/domain/contracts';

export interface QuoteLineInput {
  slotId: number;
  startsOn: string;
  endsOn: string;
  shareBp: number;
}

export interface QuoteInput {
  unitId: number;
  customerId: number;
  validUntil: string;
  bundleShareBp: number;
  note?: string;
  lines: QuoteLineInput[];
}

export interface PreviewInput {
  unitId: number;
  quoteId?: number;
  bundleShareBp: number;
  lines: QuoteLineInput[];
}

export interface QuoteQuery extends PagedQuery {
  status?: QuoteStatus | null;
  unitId?: number | null;
}

export type { AdSlot, DiscountAuthoritySetting } from '@portal/domain/contracts';

/** A customer as the quote editor holds it: a row of the customer list, or only the name a loaded quote carries. */
export type Customer = Pick<CustomerRow, 'id' | 'name' | 'active'> & { contact: string | null; phone: string | null; uscc?: string | null };

/** Downloads are the shared helper's (shared/download.ts); these names stay for the quote screens. */
export { filenameFrom as attachmentFilename, saveFile, type DownloadedFile } from '../../shared/download';

/** /api/ad-quotes and the reference data the quote editor reads. */
@Injectable({ providedIn: 'root' })
export class AdQuotesApi {
  private readonly http = inject(HttpClient);

  list(query: QuoteQuery): Observable<Page<QuoteSummary>> {
    return this.http.get<Page<QuoteSummary>>('/api/ad-quotes', { params: pagedParams(query, ['status', 'unitId']) });
  }

  get(id: number): Observable<Quote> {
    return this.http.get<Quote>(`/api/ad-quotes/${id}`);
  }

  create(input: QuoteInput): Observable<Quote> {
    return this.http.post<Quote>('/api/ad-quotes', input);
  }

  update(id: number, version: number, input: QuoteInput): Observable<Quote> {
    return this.http.put<Quote>(`/api/ad-quotes/${id}`, { version, ...input });
  }

  act(id: number, action: Exclude<QuoteAction, 'edit'>, version: number): Observable<Quote> {
    return this.http.post<Quote>(`/api/ad-quotes/${id}/${action}`, { version });
  }

  preview(input: PreviewInput): Observable<QuotePreview> {
    return this.http.post<QuotePreview>('/api/ad-quotes/preview', input);
  }

  /** The list as shown: the same filters and sort as `list`, every page, as an XLSX workbook. */
  exportList(query: Omit<QuoteQuery, 'page' | 'pageSize'>): Observable<DownloadedFile> {
    return getFile(this.http, '/api/ad-quotes.xlsx', 'ad-quotes.xlsx', listParams({ q: query.q?.trim(), sort: query.sort, status: query.status, unitId: query.unitId }));
  }

  /** The customer's copy, or with `internal` the copy with the approval trail (403 for branch marketers). */
  download(id: number, format: 'pdf' | 'xlsx', fallbackName: string, copy: QuoteCopy = 'customer'): Observable<DownloadedFile> {
    return getFile(this.http, `/api/ad-quotes/${id}/${format}`, fallbackName, copy === 'internal' ? { copy } : undefined);
  }

  slots(): Observable<AdSlot[]> {
    return this.http
      .get<Page<AdSlot>>('/api/ad-slots', { params: listParams({ active: true, pageSize: 100, page: 1 }) })
      .pipe(map((p) => p.items));
  }

  customers(q: string): Observable<Customer[]> {
    return this.http
      .get<Page<CustomerRow>>('/api/customers', { params: listParams({ q: q.trim(), active: true, pageSize: 20, page: 1 }) })
      .pipe(map((p) => p.items));
  }

  authority(): Observable<DiscountAuthoritySetting> {
    return this.http.get<DiscountAuthoritySetting>('/api/ad-discount-authority');
  }
}
