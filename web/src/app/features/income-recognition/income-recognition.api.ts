import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { MonthEndPreview, MonthEndResult } from '@portal/domain/contracts';

/** 月末结转 (domain/src/contracts/income-recognition.ts). */
export type { MonthEndPreview, MonthEndResult, MonthEndRow } from '@portal/domain/contracts';

/** /api/periods/:period/month-end: a preview, then the run (keyed, so a retry replays its answer). */
@Injectable({ providedIn: 'root' })
export class IncomeRecognitionApi {
  private readonly http = inject(HttpClient);

  preview(month: string): Observable<MonthEndPreview> {
    return this.http.get<MonthEndPreview>(`/api/periods/${month}-01/month-end`);
  }

  run(month: string, key: string): Observable<MonthEndResult> {
    return this.http.post<MonthEndResult>(`/api/periods/${month}-01/month-end`, {}, { headers: new HttpHeaders({ 'Idempotency-Key': key }) });
  }
}
