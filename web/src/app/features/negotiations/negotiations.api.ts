import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { NegotiationState } from '@portal/domain';
import type { NegotiationDetail, NegotiationList, NegotiationVersions } from '@portal/domain/contracts';
import type { Observable } from 'rxjs';
import { listParams } from '../../shared/list-query';

export type { NegotiationChanges, NegotiationComment, NegotiationDetail, NegotiationLine, NegotiationRow, NegotiationVersion } from '@portal/domain/contracts';

export interface NegotiationTermsInput {
  qualityRequirements: string;
  inspectionMethod: string;
  deliveryPlace: string;
  deliveryDate: string;
  paymentMethod: string;
}

export interface OpenNegotiation extends Partial<NegotiationTermsInput> {
  inquiryId: number;
  supplierId: number;
  inquiryLineIds?: number[];
}

export interface EditNegotiation extends NegotiationTermsInput {
  baseVersion: number;
  lines: { lineNo: number; quantity: number; unitPriceFen: number; taxRateBp: number }[];
  note: string;
}

/** /api/negotiations (domain/src/contracts/negotiations.ts). */
@Injectable({ providedIn: 'root' })
export class NegotiationsApi {
  private readonly http = inject(HttpClient);

  list(q: { q: string; state: NegotiationState | null; page: number; pageSize: number }): Observable<NegotiationList> {
    return this.http.get<NegotiationList>('/api/negotiations', { params: listParams({ ...q, q: q.q.trim() || undefined }) });
  }

  get(id: number): Observable<NegotiationDetail> {
    return this.http.get<NegotiationDetail>(`/api/negotiations/${id}`);
  }

  versions(id: number): Observable<NegotiationVersions> {
    return this.http.get<NegotiationVersions>(`/api/negotiations/${id}/versions`);
  }

  open(body: OpenNegotiation, key: string): Observable<NegotiationDetail> {
    return this.http.post<NegotiationDetail>('/api/negotiations', body, { headers: new HttpHeaders({ 'Idempotency-Key': key }) });
  }

  edit(id: number, body: EditNegotiation): Observable<NegotiationDetail> {
    return this.http.post<NegotiationDetail>(`/api/negotiations/${id}/versions`, body);
  }

  agree(id: number, versionNo: number): Observable<NegotiationDetail> {
    return this.http.post<NegotiationDetail>(`/api/negotiations/${id}/agree`, { versionNo });
  }

  comment(id: number, body: string): Observable<NegotiationDetail> {
    return this.http.post<NegotiationDetail>(`/api/negotiations/${id}/comments`, { body });
  }
}
