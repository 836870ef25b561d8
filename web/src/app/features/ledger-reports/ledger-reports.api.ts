import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { AgreementsReport, GeneralLedger, IncomeReport, Receivables, ReportOptions, TrialBalance } from '@portal/domain/contracts';
import { getFile, type DownloadedFile } from '../../shared/download';
import { listParams } from '../../shared/list-query';

export type { AgreementsReport, GeneralLedger, IncomeReport, Receivables, ReportOptions, TrialBalance } from '@portal/domain/contracts';

/** The filters every report takes; a report adds its own (period, account, dates…). */
// A type, not an interface: it passes as the query's plain record of parameters.
export type ReportFilter = {
  unit: number | null;
  customer: number | null;
};

export type ReportName = 'trial-balance' | 'general-ledger' | 'receivables' | 'agreements' | 'income';

type Params = Record<string, string | number | null | undefined>;

/** /api/ledger-reports: each report as JSON, or with format=xlsx the same report as a workbook. */
@Injectable({ providedIn: 'root' })
export class LedgerReportsApi {
  private readonly http = inject(HttpClient);

  options(): Observable<ReportOptions> {
    return this.http.get<ReportOptions>('/api/ledger-reports/options');
  }

  trialBalance(q: ReportFilter & { period: string }): Observable<TrialBalance> {
    return this.get('trial-balance', q);
  }

  generalLedger(q: ReportFilter & { account: string; from: string; to: string; page: number; pageSize: number }): Observable<GeneralLedger> {
    return this.get('general-ledger', q);
  }

  receivables(q: ReportFilter & { asOf: string }): Observable<Receivables> {
    return this.get('receivables', q);
  }

  agreements(q: ReportFilter & { q: string; page: number; pageSize: number }): Observable<AgreementsReport> {
    return this.get('agreements', q);
  }

  income(q: ReportFilter & { from: string; to: string }): Observable<IncomeReport> {
    return this.get('income', q);
  }

  /** The report as the server's workbook, named as it says. */
  xlsx(report: ReportName, q: Params): Observable<DownloadedFile> {
    return getFile(this.http, `/api/ledger-reports/${report}`, `${report}.xlsx`, listParams({ ...q, page: null, pageSize: null, format: 'xlsx' }));
  }

  private get<T>(report: ReportName, q: Params): Observable<T> {
    return this.http.get<T>(`/api/ledger-reports/${report}`, { params: listParams(q) });
  }
}
