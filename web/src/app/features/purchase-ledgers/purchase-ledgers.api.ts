import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BuyingUnit, Platform, PurchaseLedger } from '@portal/domain';
import type { LedgerTotals, PurchaseLedgerPage, PurchaseSpend } from '@portal/domain/contracts';
import type { Observable } from 'rxjs';
import { getFile, type DownloadedFile } from '../../shared/download';
import { listParams, type PagedQuery } from '../../shared/list-query';

export type { LedgerTotals, PurchaseLedgerPage, PurchaseSpend } from '@portal/domain/contracts';

export interface LedgerFilters {
  q?: string;
  unit: BuyingUnit | null;
  month: string | null;
  platform: Platform | null;
  status: string | null;
}

/** /api/purchase-ledgers: the four ledgers (a page, or the whole filtered ledger as XLSX) and the month's spend. */
@Injectable({ providedIn: 'root' })
export class PurchaseLedgersApi {
  private readonly http = inject(HttpClient);

  page(ledger: PurchaseLedger, q: LedgerFilters & PagedQuery): Observable<PurchaseLedgerPage> {
    return this.http.get<PurchaseLedgerPage>(`/api/purchase-ledgers/${ledger}`, { params: listParams({ ...q, q: q.q?.trim(), sort: undefined }) });
  }

  /** The month totals of everything the filters keep (its own call: over thousands of orders it takes longer than a page). */
  totals(ledger: PurchaseLedger, q: LedgerFilters): Observable<LedgerTotals> {
    return this.http.get<LedgerTotals>(`/api/purchase-ledgers/${ledger}/totals`, { params: listParams({ q: q.q?.trim(), unit: q.unit, month: q.month, platform: q.platform, status: q.status }) });
  }

  xlsx(ledger: PurchaseLedger, q: LedgerFilters): Observable<DownloadedFile> {
    const params = listParams({ q: q.q?.trim(), unit: q.unit, month: q.month, platform: q.platform, status: q.status, format: 'xlsx' });
    return getFile(this.http, `/api/purchase-ledgers/${ledger}`, `purchase-ledger-${ledger}.xlsx`, params);
  }

  spend(month: string, unit: BuyingUnit | null): Observable<PurchaseSpend> {
    return this.http.get<PurchaseSpend>('/api/purchase-ledgers/spend', { params: listParams({ month, unit }) });
  }
}
