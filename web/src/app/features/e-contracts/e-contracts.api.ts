import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { EContractStatus } from '@portal/domain';
import type { EContractDetail, EContractList, EContractVerification } from '@portal/domain/contracts';
import type { Observable } from 'rxjs';
import { getFile, type DownloadedFile } from '../../shared/download';
import { listParams } from '../../shared/list-query';

export type { EContractDetail, EContractRow, EContractSignature, EContractVerification } from '@portal/domain/contracts';

/** /api/e-contracts (domain/src/contracts/e-contracts.ts). */
@Injectable({ providedIn: 'root' })
export class EContractsApi {
  private readonly http = inject(HttpClient);

  list(q: { q: string; status: EContractStatus | null; page: number; pageSize: number }): Observable<EContractList> {
    return this.http.get<EContractList>('/api/e-contracts', { params: listParams({ ...q, q: q.q.trim() || undefined }) });
  }

  get(id: number): Observable<EContractDetail> {
    return this.http.get<EContractDetail>(`/api/e-contracts/${id}`);
  }

  create(negotiationId: number, key: string): Observable<EContractDetail> {
    return this.http.post<EContractDetail>('/api/e-contracts', { negotiationId }, { headers: new HttpHeaders({ 'Idempotency-Key': key }) });
  }

  submit(id: number): Observable<EContractDetail> {
    return this.http.post<EContractDetail>(`/api/e-contracts/${id}/submit`, {});
  }

  /** Signs binding the hash the signer was shown (the detail's sha256). */
  sign(id: number, sha256: string): Observable<EContractDetail> {
    return this.http.post<EContractDetail>(`/api/e-contracts/${id}/sign`, { sha256 });
  }

  pdf(c: { id: number; number: string }): Observable<DownloadedFile> {
    return getFile(this.http, `/api/e-contracts/${c.id}/pdf`, `${c.number}.pdf`);
  }

  verify(file: Blob): Observable<EContractVerification> {
    return this.http.post<EContractVerification>('/api/e-contracts/verify', file, { headers: new HttpHeaders({ 'Content-Type': 'application/pdf' }) });
  }
}
