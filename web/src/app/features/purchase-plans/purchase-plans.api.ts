import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BuyingUnit, PlanChoice, PlanStatus } from '@portal/domain';
import type { PlanConsolidation, PurchasePlan, PurchasePlanSummary } from '@portal/domain/contracts';
import type { Observable } from 'rxjs';
import { getFile, type DownloadedFile } from '../../shared/download';
import { pagedParams, type Page, type PagedQuery } from '../../shared/list-query';

/** What /api/purchase-plans answers (domain/src/contracts/purchase-plans.ts): declared once, checked by the API's tests. */
export type {
  PlanBudgetPosition,
  PlanConsolidation,
  PlanDepartment,
  PlanItem,
  PlanLine,
  PlanSource,
  PurchasePlan,
  PurchasePlanSummary as PlanSummary,
} from '@portal/domain/contracts';

export interface PlanQuery extends PagedQuery {
  unit?: BuyingUnit | null;
  month?: string | null;
  status?: PlanStatus | null;
}

/** /api/purchase-plans: the month's consolidation, the company plan, its changes, approval and documents. */
@Injectable({ providedIn: 'root' })
export class PurchasePlansApi {
  private readonly http = inject(HttpClient);

  list(query: PlanQuery): Observable<Page<PurchasePlanSummary>> {
    return this.http.get<Page<PurchasePlanSummary>>('/api/purchase-plans', { params: pagedParams(query, ['unit', 'month', 'status']) });
  }

  /** The month as it would be planned now (writes nothing); names the plan once it is opened. */
  consolidation(unit: BuyingUnit, month: string): Observable<PlanConsolidation> {
    return this.http.get<PlanConsolidation>(`/api/purchase-plans/${unit}/${month}/consolidation`);
  }

  get(id: number): Observable<PurchasePlan> {
    return this.http.get<PurchasePlan>(`/api/purchase-plans/${id}`);
  }

  open(unit: BuyingUnit, month: string): Observable<PurchasePlan> {
    return this.http.post<PurchasePlan>('/api/purchase-plans', { unit, month });
  }

  /** The clerk's own quantity for an item; a reason when it differs from requested − stock. */
  setProposed(plan: Pick<PurchasePlan, 'id' | 'version'>, lineId: number, proposedQty: number, reason: string): Observable<PurchasePlan> {
    return this.http.patch<PurchasePlan>(`/api/purchase-plans/${plan.id}/lines/${lineId}`, { version: plan.version, proposedQty, reason: reason || undefined });
  }

  /** Include, cut or defer a department's request line; cut and defer say why (its requester reads it). */
  decide(plan: Pick<PurchasePlan, 'id' | 'version'>, sourceId: number, decision: PlanChoice, reason: string): Observable<PurchasePlan> {
    return this.http.post<PurchasePlan>(`/api/purchase-plans/${plan.id}/sources/${sourceId}`, { version: plan.version, decision, reason: reason || undefined });
  }

  /** Maps a free-text request line to a catalogue item of the plan's buying unit. */
  map(plan: Pick<PurchasePlan, 'id' | 'version'>, sourceId: number, itemId: number): Observable<PurchasePlan> {
    return this.http.post<PurchasePlan>(`/api/purchase-plans/${plan.id}/sources/${sourceId}/map`, { version: plan.version, itemId });
  }

  /** Consolidates again (requests approved since, mappings, today's stock); an approved plan goes back to draft. */
  refresh(plan: Pick<PurchasePlan, 'id' | 'version'>): Observable<PurchasePlan> {
    return this.http.post<PurchasePlan>(`/api/purchase-plans/${plan.id}/refresh`, { version: plan.version });
  }

  submit(plan: Pick<PurchasePlan, 'id' | 'version'>): Observable<PurchasePlan> {
    return this.http.post<PurchasePlan>(`/api/purchase-plans/${plan.id}/submit`, { version: plan.version });
  }

  download(plan: Pick<PurchasePlan, 'id' | 'number'>, format: 'pdf' | 'xlsx'): Observable<DownloadedFile> {
    return getFile(this.http, `/api/purchase-plans/${plan.id}/${format}`, `${plan.number}.${format}`);
  }
}
