import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AdPricingUnit } from '@portal/domain';
import type { Observable } from 'rxjs';
import { listParams, type Page } from '../../shared/list-query';

/** How a slot is sold: per day, week or month of flight, or flat per placement (domain AD_PRICING_UNITS). */
export type PricingUnit = AdPricingUnit;

/** An ad slot (广告位) as /api/ad-slots returns it. */
export interface AdSlot {
  id: number;
  code: string;
  name: string;
  /** The page or channel of the mall it sits on, e.g. 首页. */
  page: string;
  format: string;
  size: string;
  pricingUnit: PricingUnit;
  exclusive: boolean;
  active: boolean;
  version: number;
}

export type AdSlotFields = Omit<AdSlot, 'id' | 'version' | 'active'> & { active?: boolean };

export interface AdSlotQuery {
  q?: string;
  active?: boolean | null;
  /** `field` or `-field`; the server's default (code) when left out. */
  sort?: string;
  page: number;
  pageSize: number;
}

/** /api/ad-slots: kept by HQ e-commerce staff, read by everyone who quotes or audits. */
@Injectable({ providedIn: 'root' })
export class AdSlotsApi {
  private readonly http = inject(HttpClient);

  list(query: AdSlotQuery): Observable<Page<AdSlot>> {
    const params = listParams({
      q: query.q?.trim(),
      active: query.active,
      sort: query.sort,
      page: query.page,
      pageSize: query.pageSize,
    });
    return this.http.get<Page<AdSlot>>('/api/ad-slots', { params });
  }

  get(id: number): Observable<AdSlot> {
    return this.http.get<AdSlot>(`/api/ad-slots/${id}`);
  }

  create(slot: AdSlotFields): Observable<AdSlot> {
    return this.http.post<AdSlot>('/api/ad-slots', slot);
  }

  update(id: number, patch: Partial<AdSlotFields> & { version: number }): Observable<AdSlot> {
    return this.http.put<AdSlot>(`/api/ad-slots/${id}`, patch);
  }
}
