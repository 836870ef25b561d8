import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AdPricingUnit } from '@portal/domain';
import type { Observable } from 'rxjs';
import type { AdSlot } from '@portal/domain/contracts';
import { pagedParams, type Page, type PagedQuery } from '../../shared/list-query';

/** How a slot is sold: per day, week or month of flight, or flat per placement (domain AD_PRICING_UNITS). */
export type PricingUnit = AdPricingUnit;

/** An ad slot (广告位) as /api/ad-slots returns it (domain/src/contracts/ad-slots.ts). */
export type { AdSlot } from '@portal/domain/contracts';

export type AdSlotFields = Omit<AdSlot, 'id' | 'version' | 'active'> & { active?: boolean };

export interface AdSlotQuery extends PagedQuery {
  active?: boolean | null;
}

/** /api/ad-slots: kept by HQ e-commerce staff, read by everyone who quotes or audits. */
@Injectable({ providedIn: 'root' })
export class AdSlotsApi {
  private readonly http = inject(HttpClient);

  list(query: AdSlotQuery): Observable<Page<AdSlot>> {
    return this.http.get<Page<AdSlot>>('/api/ad-slots', { params: pagedParams(query, ['active']) });
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
