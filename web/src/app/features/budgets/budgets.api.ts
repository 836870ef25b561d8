import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { BudgetControl } from '@portal/domain';
import type { BudgetGrid, BudgetImportResult } from '@portal/domain/contracts';
import { getFile, type DownloadedFile } from '../../shared/download';

export type { BudgetGrid, BudgetImportResult, BudgetLine } from '@portal/domain/contracts';

/** A department's line as the grid saves it: at the version read, null for a department without one. */
export interface BudgetSetting {
  departmentId: number;
  amountFen: number;
  control: BudgetControl;
  version: number | null;
}

/** /api/budgets: the annual office-supplies budget, kept by 办公室's clerk. */
@Injectable({ providedIn: 'root' })
export class BudgetsApi {
  private readonly http = inject(HttpClient);

  grid(year: number): Observable<BudgetGrid> {
    return this.http.get<BudgetGrid>('/api/budgets', { params: { year } });
  }

  save(year: number, lines: BudgetSetting[]): Observable<BudgetGrid> {
    return this.http.put<BudgetGrid>(`/api/budgets/${year}`, { lines });
  }

  /** The whole file or nothing: a refusal is a 400 whose problem carries `rowErrors`. */
  import(year: number, file: File): Observable<BudgetImportResult> {
    return this.http.post<BudgetImportResult>('/api/budgets/import', file, {
      params: { year, ...(file.name.toLowerCase().endsWith('.csv') ? { format: 'csv' } : {}) },
      headers: { 'content-type': file.type || 'application/octet-stream' },
    });
  }

  template(year: number): Observable<DownloadedFile> {
    return getFile(this.http, '/api/budgets/template.xlsx', `budget-${year}.xlsx`, { year: String(year) });
  }
}
