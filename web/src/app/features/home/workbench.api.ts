import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { WorkbenchCard, WorkbenchCardIds } from '@portal/domain/contracts';
import { map, type Observable } from 'rxjs';

/** What /api/workbench answers (domain/src/contracts/workbench.ts). */
export type { WorkbenchCard, WorkbenchChart } from '@portal/domain/contracts';

/** The home page's cards: first which ones this user gets, then each card on its own. */
@Injectable({ providedIn: 'root' })
export class WorkbenchApi {
  private readonly http = inject(HttpClient);

  cardIds(): Observable<string[]> {
    return this.http.get<WorkbenchCardIds>('/api/workbench').pipe(map((r) => r.cards));
  }

  card(id: string): Observable<WorkbenchCard> {
    return this.http.get<WorkbenchCard>(`/api/workbench/cards/${encodeURIComponent(id)}`);
  }
}
