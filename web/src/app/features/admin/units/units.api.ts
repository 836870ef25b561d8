import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { UnitKind } from '@portal/domain';
import { map, type Observable } from 'rxjs';
import type { Page } from '../../../shared/list-query';

/** An organisation unit as GET /api/units returns it. */
export interface Unit {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
  kind: UnitKind;
  parentId: number | null;
  active: boolean;
  version: number;
}

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
    return this.http.get<Page<Unit>>('/api/units').pipe(map((r) => r.items));
  }

  create(unit: NewUnit): Observable<Unit> {
    return this.http.post<Unit>('/api/units', unit);
  }

  update(id: number, patch: UnitPatch): Observable<Unit> {
    return this.http.patch<Unit>(`/api/units/${id}`, patch);
  }
}
