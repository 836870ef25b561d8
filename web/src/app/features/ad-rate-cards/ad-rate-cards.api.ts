import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { RateCard, RateCardList, RateCardSummary } from '@portal/domain/contracts';
import type { Observable } from 'rxjs';
import { listParams } from '../../shared/list-query';
import { downloadFile, type DownloadState } from '../../shared/download';

/** What /api/ad-rate-cards answers (domain/src/contracts/ad-rate-cards.ts). */
export type { RateCard, RateCardPrice, RateCardSummary } from '@portal/domain/contracts';
export type RateCardStatus = RateCardSummary['status'];

export interface RateCardQuery {
  month?: string;
  status?: RateCardStatus;
  sort?: string;
  page?: number;
  pageSize?: number;
}

export type RateCardFormat = 'pdf' | 'xlsx';

/** /api/ad-rate-cards: the monthly 《网上商城广告报价》, its revisions and its printable files. */
@Injectable({ providedIn: 'root' })
export class AdRateCardsApi {
  private readonly http = inject(HttpClient);

  list(query: RateCardQuery): Observable<RateCardList> {
    return this.http.get<RateCardList>('/api/ad-rate-cards', { params: listParams({ ...query }) });
  }

  get(id: number): Observable<RateCard> {
    return this.http.get<RateCard>(`/api/ad-rate-cards/${id}`);
  }

  /** A draft for the month: its first card, or the next revision of the published one. */
  create(month: string, copyFromId: number | null): Observable<RateCard> {
    return this.http.post<RateCard>('/api/ad-rate-cards', copyFromId ? { month, copyFromId } : { month });
  }

  save(id: number, body: { version: number; note: string; prices: { slotId: number; priceFen: number }[] }): Observable<RateCard> {
    return this.http.put<RateCard>(`/api/ad-rate-cards/${id}`, body);
  }

  publish(id: number, version: number): Observable<RateCard> {
    return this.http.post<RateCard>(`/api/ad-rate-cards/${id}/publish`, { version });
  }

  download(id: number, format: RateCardFormat): Observable<DownloadState> {
    return downloadFile(this.http, `/api/ad-rate-cards/${id}/${format}`, `rate-card-${id}.${format}`);
  }
}
