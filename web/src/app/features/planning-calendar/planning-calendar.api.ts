import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { CalendarMonth, CalendarYear } from '@portal/domain/contracts';
import type { BuyingUnit } from '@portal/domain';

/** What /api/planning-calendar answers (domain/src/contracts/planning-calendar.ts). */
export type { CalendarMonth, CalendarYear } from '@portal/domain/contracts';
export type CalendarStatus = CalendarMonth['status'];

export interface CalendarMonthInput {
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
