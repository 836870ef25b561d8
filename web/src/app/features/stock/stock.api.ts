import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BuyingUnit, ItemCategory } from '@portal/domain';
import type { Observable } from 'rxjs';
import type { StockList, StockMoveList, StockMoveResult, StockRow } from '@portal/domain/contracts';
import { listParams, type PagedQuery } from '../../shared/list-query';

/** An item's stock and its ledger (domain/src/contracts/stock.ts). */
export type { StockMove, StockMoveResult, StockRow } from '@portal/domain/contracts';

export interface StockQuery extends PagedQuery {
  unit: BuyingUnit | null;
  category: ItemCategory | null;
  belowReorder: boolean | null;
}

export interface ReceiptInput {
  itemId: number;
  quantity: number;
  reason: string;
}
export interface IssueInput {
  itemId: number;
  quantity: number;
  departmentId: number;
  purpose: string;
}
export interface CountInput {
  itemId: number;
  counted: number;
  reason: string;
}

/**
 * /api/stock. A write carries the Idempotency-Key its dialog drew once, so a retry after a
 * lost answer (a dropped connection) does not issue the goods twice.
 */
@Injectable({ providedIn: 'root' })
export class StockApi {
  private readonly http = inject(HttpClient);

  list(q: StockQuery): Observable<StockList> {
    return this.http.get<StockList>('/api/stock', { params: listParams({ ...q, q: q.q?.trim() }) });
  }

  item(itemId: number): Observable<StockRow> {
    return this.http.get<StockRow>(`/api/stock/${itemId}`);
  }

  moves(itemId: number, paging: { page: number; pageSize: number }): Observable<StockMoveList> {
    return this.http.get<StockMoveList>(`/api/stock/${itemId}/moves`, { params: listParams(paging) });
  }

  receive(input: ReceiptInput, key: string): Observable<StockMoveResult> {
    return this.post('/api/stock/moves', input, key);
  }

  issue(input: IssueInput, key: string): Observable<StockMoveResult> {
    return this.post('/api/stock/issue', input, key);
  }

  count(input: CountInput, key: string): Observable<StockMoveResult> {
    return this.post('/api/stock/count', input, key);
  }

  private post(url: string, body: object, key: string): Observable<StockMoveResult> {
    return this.http.post<StockMoveResult>(url, body, { headers: new HttpHeaders({ 'Idempotency-Key': key }) });
  }
}
