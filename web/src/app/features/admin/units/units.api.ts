import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { UnitKind } from '@portal/domain';
import type { Unit, UnitList } from '@portal/domain/contracts';
import { map, type Observable } from 'rxjs';

/** An organisation unit as GET /api/units returns it (domain/src/contracts/units.ts). */
export type { Unit } from '@portal/domain/contracts';

export interface NewUnit {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: UnitKind;
  parentId: number;
}

export interface UnitPatch {
  version: number;
  code?: string;
  nameZh?: string;
  nameEn?: string;
  parentId?: number;
  active?: boolean;
}

/** /api/units: the whole tree in one flat list (a few dozen rows), parents first. */
@Injectable({ providedIn: 'root' })
export class UnitsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Unit[]> {
    return this.http.get<UnitList>('/api/units').pipe(map((r) => r.items));
  }

  create(unit: NewUnit): Observable<Unit> {
    return this.http.post<Unit>('/api/units', unit);
  }

  update(id: number, patch: UnitPatch): Observable<Unit> {
    return this.http.patch<Unit>(`/api/units/${id}`, patch);
  }
}
