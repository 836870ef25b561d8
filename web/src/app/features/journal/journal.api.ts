import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { JournalKind } from '@portal/domain';
import type { Account, AccountList, AccountingPeriod, AccountingPeriodList, JournalEntry, JournalEntryList } from '@portal/domain/contracts';
import { map, type Observable } from 'rxjs';
import { getFile, type DownloadedFile } from '../../shared/download';
import { listParams, type PagedQuery } from '../../shared/list-query';

/** The ledger's contracts (domain/src/contracts/journal.ts). */
export type { Account, AccountingPeriod, JournalEntry, JournalEntrySummary, JournalLine } from '@portal/domain/contracts';

export interface JournalQuery extends PagedQuery {
  period: string | null;
  account: string | null;
  unit: number | null;
  customer: number | null;
  kind: JournalKind | null;
}

export interface ManualLine {
  accountCode: string;
  debitFen?: number;
  creditFen?: number;
  unitId?: number | null;
  customerId?: number | null;
  memo?: string;
}

export interface ManualEntry {
  entryDate: string;
  memo: string;
  reason: string;
  lines: ManualLine[];
}

export interface NewAccount {
  parentCode: string;
  code: string;
  name: string;
  nameEn: string | null;
}

/**
 * /api/journal, /api/accounts and /api/periods. A posting carries the Idempotency-Key its form
 * drew once, so pressing Post again after a lost answer replays the first entry, never posts twice.
 */
@Injectable({ providedIn: 'root' })
export class JournalApi {
  private readonly http = inject(HttpClient);

  list(q: JournalQuery): Observable<JournalEntryList> {
    return this.http.get<JournalEntryList>('/api/journal', { params: listParams({ ...q, q: q.q?.trim() }) });
  }

  entry(id: number): Observable<JournalEntry> {
    return this.http.get<JournalEntry>(`/api/journal/${id}`);
  }

  post(entry: ManualEntry, key: string): Observable<JournalEntry> {
    return this.http.post<JournalEntry>('/api/journal', entry, { headers: new HttpHeaders({ 'Idempotency-Key': key }) });
  }

  reverse(id: number, reason: string, key: string): Observable<JournalEntry> {
    return this.http.post<JournalEntry>(`/api/journal/${id}/reverse`, { reason }, { headers: new HttpHeaders({ 'Idempotency-Key': key }) });
  }

  pdf(entry: { id: number; number: string }): Observable<DownloadedFile> {
    return getFile(this.http, `/api/journal/${entry.id}/pdf`, `${entry.number}.pdf`);
  }

  accounts(): Observable<Account[]> {
    return this.http.get<AccountList>('/api/accounts').pipe(map((r) => r.items));
  }

  addAccount(a: NewAccount): Observable<Account> {
    return this.http.post<Account>('/api/accounts', a);
  }

  periods(): Observable<AccountingPeriod[]> {
    return this.http.get<AccountingPeriodList>('/api/periods').pipe(map((r) => r.items));
  }

  movePeriod(period: string, action: 'close' | 'reopen' | 'lock', reason?: string): Observable<AccountingPeriod> {
    return this.http.post<AccountingPeriod>(`/api/periods/${period.slice(0, 7)}/${action}`, reason ? { reason } : {});
  }
}
