import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AdAgreementStatus, BranchCopyKind, InstalmentMethod } from '@portal/domain';
import type { Agreement, AgreementList, AgreementQuoteList } from '@portal/domain/contracts';
import type { Observable } from 'rxjs';
import { pagedParams, type PagedQuery } from '../../shared/list-query';

/** What the API answers (domain/src/contracts/ad-agreements.ts). */
export type { Agreement, AgreementDocument, AgreementQuote, AgreementSummary, Instalment } from '@portal/domain/contracts';

export interface AgreementQuery extends PagedQuery {
  status?: AdAgreementStatus | null;
}

export interface InstalmentInput {
  dueOn: string;
  amountFen: number;
  method: InstalmentMethod;
}

export interface AgreementTermsInput {
  feeStandard: string;
  instalments: InstalmentInput[];
}

/** /api/ad-agreements. Files travel as the raw body, their name in the query (the API's upload kit). */
@Injectable({ providedIn: 'root' })
export class AdAgreementsApi {
  private readonly http = inject(HttpClient);

  list(query: AgreementQuery): Observable<AgreementList> {
    return this.http.get<AgreementList>('/api/ad-agreements', { params: pagedParams(query, ['status']) });
  }

  quotes(): Observable<AgreementQuoteList> {
    return this.http.get<AgreementQuoteList>('/api/ad-agreements/quotes');
  }

  get(id: number): Observable<Agreement> {
    return this.http.get<Agreement>(`/api/ad-agreements/${id}`);
  }

  /** With the Idempotency-Key the form drew once: a retry after a lost answer makes no second agreement. */
  create(quoteId: number, terms: AgreementTermsInput, key: string): Observable<Agreement> {
    return this.http.post<Agreement>('/api/ad-agreements', { quoteId, ...terms }, { headers: new HttpHeaders({ 'Idempotency-Key': key }) });
  }

  update(id: number, version: number, terms: AgreementTermsInput): Observable<Agreement> {
    return this.http.put<Agreement>(`/api/ad-agreements/${id}`, { version, ...terms });
  }

  sign(id: number, version: number, file: File): Observable<Agreement> {
    return this.http.post<Agreement>(`/api/ad-agreements/${id}/sign`, file, {
      params: { version, filename: file.name },
      headers: { 'content-type': file.type || 'application/octet-stream' },
    });
  }

  terminate(id: number, version: number, endsOn: string, reason: string): Observable<Agreement> {
    return this.http.post<Agreement>(`/api/ad-agreements/${id}/terminate`, { version, endsOn, reason });
  }

  attach(id: number, kind: BranchCopyKind, file: File): Observable<Agreement> {
    return this.http.post<Agreement>(`/api/ad-agreements/${id}/documents/${kind}`, file, {
      params: { filename: file.name },
      headers: { 'content-type': file.type || 'application/octet-stream' },
    });
  }

  receive(id: number, kind: BranchCopyKind): Observable<Agreement> {
    return this.http.post<Agreement>(`/api/ad-agreements/${id}/documents/${kind}/receive`, {});
  }
}
