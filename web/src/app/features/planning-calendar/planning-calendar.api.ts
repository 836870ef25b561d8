import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { BuyingUnit, PlanningStatus } from '@portal/domain';
import type { PlanningMonth as CalendarMonth, PlanningYear as CalendarYear } from '@portal/domain/contracts';

/** What /api/planning-calendar answers (domain/src/contracts/planning-calendar.ts). */
export type { PlanningMonth as CalendarMonth, PlanningYear as CalendarYear } from '@portal/domain/contracts';
export type CalendarStatus = PlanningStatus;

export interface CalendarMonthInput {
  /** The version read; 0 for a month still on its defaults (the PUT creates it). */
  version: number;
  cutoffOn: string;
  status: CalendarStatus;
}

/** /api/planning-calendar/:unit: a buying unit's months, each with its cut-off and state. */
@Injectable({ providedIn: 'root' })
export class PlanningCalendarApi {
  private readonly http = inject(HttpClient);

  year(unit: BuyingUnit, year: number): Observable<CalendarYear> {
    return this.http.get<CalendarYear>(`/api/planning-calendar/${unit}`, { params: { year } });
  }

  month(unit: BuyingUnit, month: string): Observable<CalendarMonth> {
    return this.http.get<CalendarMonth>(`/api/planning-calendar/${unit}/${month}`);
  }

  save(unit: BuyingUnit, month: string, input: CalendarMonthInput): Observable<CalendarMonth> {
    return this.http.put<CalendarMonth>(`/api/planning-calendar/${unit}/${month}`, input);
  }
}
