import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AdPricingUnit, AdQuoteAction, AdQuoteStatus, DiscountAuthority, Role } from '@portal/domain';
import { map, type Observable } from 'rxjs';
import { filenameFrom, saveBlob } from '../../shared/download';
import { listParams, type Page } from '../../shared/list-query';

export type QuoteStatus = AdQuoteStatus;
export type QuoteAction = AdQuoteAction;
export type PricingUnit = AdPricingUnit;

/** A row of GET /api/ad-quotes. */
export interface QuoteSummary {
  id: number;
  number: string;
  unit: { id: number; name: string; code: string };
  customer: { id: number; name: string };
  status: QuoteStatus;
  listFen: number;
  netFen: number;
  paidShareBp: number;
  validUntil: string;
  createdBy: { id: number; name: string };
  updatedAt: string;
  version: number;
}

export interface QuoteLine {
  id: number;
  position: number;
  slotId: number;
  slotCode: string;
  slotName: string;
  pricingUnit: PricingUnit;
  exclusive: boolean;
  startsOn: string;
  endsOn: string;
  units: number;
  cardId: number | null;
  cardRevision: number | null;
  unitPriceFen: number;
  listFen: number;
  shareBp: number;
  netFen: number;
}

export interface PreviewStep {
  role: Role;
  unit: 'branch' | 'hq';
  unitName?: string;
}

export interface PreviewDecision {
  outcome: 'approved' | 'needs_approval' | 'refused' | 'not_allowed';
  steps: PreviewStep[];
  floorBp?: number;
}

/** GET /api/ad-quotes/:id: the list fields, the lines, the approval and what this user may do now. */
export interface Quote extends QuoteSummary {
  bundleShareBp: number;
  note: string | null;
  lines: QuoteLine[];
  approval: { requestId: number; status: string; currentStep: number | null } | null;
  decision: PreviewDecision | null;
  actions: QuoteAction[];
}

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

export interface Conflict {
  lineIndex: number;
  quoteId: number;
  quoteNumber: string;
  startsOn: string;
  endsOn: string;
  severity: 'block' | 'warn';
}

export interface Preview {
  lines: { slotId: number; units: number; cardId: number | null; cardRevision: number | null; unitPriceFen: number; listFen: number; shareBp: number; netFen: number }[];
  listFen: number;
  netFen: number;
  paidShareBp: number;
  zhe: string;
  percent: string;
  decision: PreviewDecision;
  conflicts: Conflict[];
}

export interface QuoteQuery {
  q?: string;
  status?: QuoteStatus | null;
  unitId?: number | null;
  sort?: string;
  page: number;
  pageSize: number;
}

export interface AdSlot {
  id: number;
  code: string;
  name: string;
  page: string;
  format: string;
  size: string;
  pricingUnit: PricingUnit;
  exclusive: boolean;
  active: boolean;
  version: number;
}

export interface Customer {
  id: number;
  name: string;
  contact: string | null;
  phone: string | null;
  uscc?: string | null;
  active: boolean;
}

export interface DiscountAuthoritySetting {
  version: number;
  floorBp: number;
  authority: DiscountAuthority;
}

/** A file the server sent as an attachment, named as it said. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** /api/ad-quotes and the reference data the quote editor reads. */
@Injectable({ providedIn: 'root' })
export class AdQuotesApi {
  private readonly http = inject(HttpClient);

  list(query: QuoteQuery): Observable<Page<QuoteSummary>> {
    const params = listParams({
      q: query.q?.trim(),
      status: query.status,
      unitId: query.unitId,
      sort: query.sort,
      page: query.page,
      pageSize: query.pageSize,
    });
    return this.http.get<Page<QuoteSummary>>('/api/ad-quotes', { params });
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

  preview(input: PreviewInput): Observable<Preview> {
    return this.http.post<Preview>('/api/ad-quotes/preview', input);
  }

  download(id: number, format: 'pdf' | 'xlsx', fallbackName: string): Observable<DownloadedFile> {
    return this.http
      .get(`/api/ad-quotes/${id}/${format}`, { observe: 'response', responseType: 'blob' })
      .pipe(
        map((res: HttpResponse<Blob>) => ({
          blob: res.body ?? new Blob(),
          filename: filenameFrom(res.headers.get('Content-Disposition'), fallbackName),
        })),
      );
  }

  slots(): Observable<AdSlot[]> {
    return this.http
      .get<Page<AdSlot>>('/api/ad-slots', { params: listParams({ active: true, pageSize: 100, page: 1 }) })
      .pipe(map((p) => p.items));
  }

  customers(q: string): Observable<Customer[]> {
    return this.http
      .get<Page<Customer>>('/api/customers', { params: listParams({ q: q.trim(), active: true, pageSize: 20, page: 1 }) })
      .pipe(map((p) => p.items));
  }

  authority(): Observable<DiscountAuthoritySetting> {
    return this.http.get<DiscountAuthoritySetting>('/api/ad-discount-authority');
  }
}

/** Hands a downloaded file to the browser under the server's name. */
export function saveFile(file: DownloadedFile): void {
  saveBlob(file.blob, file.filename);
}
