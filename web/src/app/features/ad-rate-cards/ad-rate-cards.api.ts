import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { listParams, type Page } from '../../shared/list-query';
import type { PricingUnit } from '../ad-slots/ad-slots.api';
import { downloadFile, type DownloadState } from '../../shared/download';

export type RateCardStatus = 'draft' | 'published' | 'superseded';

/** A row of GET /api/ad-rate-cards: one revision of one month's card. */
export interface RateCardSummary {
  id: number;
  /** 'YYYY-MM' */
  month: string;
  revision: number;
  status: RateCardStatus;
  note: string;
  publishedAt: string | null;
  publishedBy: { id: number; name: string } | null;
  /** The card this revision replaced when it was published (or will replace). */
  supersedesId: number | null;
  slotCount: number;
  version: number;
}

/** One slot's list price on a card. */
export interface RateCardPrice {
  slotId: number;
  code: string;
  name: string;
  page: string;
  format: string;
  size: string;
  pricingUnit: PricingUnit;
  exclusive: boolean;
  /** Integer fen; null while a draft has no price for the slot yet. */
  priceFen: number | null;
}

export interface RateCard extends RateCardSummary {
  prices: RateCardPrice[];
}

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

  list(query: RateCardQuery): Observable<Page<RateCardSummary>> {
    return this.http.get<Page<RateCardSummary>>('/api/ad-rate-cards', { params: listParams({ ...query }) });
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
