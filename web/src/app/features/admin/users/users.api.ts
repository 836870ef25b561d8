import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Role } from '@portal/domain';
import type { Observable } from 'rxjs';
import { listParams, type Page } from '../../../shared/list-query';

/** A role held in a unit; `id` is the grant's, for revoking it. */
export interface UserGrant {
  id: number;
  role: Role;
  unitId: number;
  unitName: string;
}

/** A user as /api/users returns it. `unitName` is the Chinese name; screens prefer the unit list's. */
export interface User {
  id: number;
  username: string;
  displayName: string;
  unitId: number;
  unitName: string;
  active: boolean;
  locked: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  version: number;
  roles: UserGrant[];
}

export type UserSortField = 'username' | 'displayName' | 'lastLoginAt';

export interface UserQuery {
  q?: string;
  unitId?: number | null;
  role?: Role | null;
  active?: boolean | null;
  /** `field` or `-field` (descending); the server's default (username) when left out. */
  sort?: string;
  /** 1-based, as the API counts. */
  page: number;
  pageSize: number;
}

export interface NewUser {
  username: string;
  displayName: string;
  unitId: number;
  password: string;
}

export interface UserPatch {
  version: number;
  displayName?: string;
  unitId?: number;
  active?: boolean;
}

/** /api/users: every call an administrator makes about accounts and their roles. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(query: UserQuery): Observable<Page<User>> {
    const params = listParams({
      q: query.q?.trim(),
      unitId: query.unitId,
      role: query.role,
      active: query.active,
      sort: query.sort,
      page: query.page,
      pageSize: query.pageSize,
    });
    return this.http.get<Page<User>>('/api/users', { params });
  }

  get(id: number): Observable<User> {
    return this.http.get<User>(`/api/users/${id}`);
  }

  create(user: NewUser): Observable<User> {
    return this.http.post<User>('/api/users', user);
  }

  update(id: number, patch: UserPatch): Observable<User> {
    return this.http.patch<User>(`/api/users/${id}`, patch);
  }

  resetPassword(id: number, password: string): Observable<User> {
    return this.http.post<User>(`/api/users/${id}/reset-password`, { password });
  }

  unlock(id: number): Observable<User> {
    return this.http.post<User>(`/api/users/${id}/unlock`, {});
  }

  grant(id: number, grant: { role: Role; unitId: number }): Observable<User> {
    return this.http.post<User>(`/api/users/${id}/grants`, grant);
  }

  revoke(id: number, grantId: number): Observable<User> {
    return this.http.delete<User>(`/api/users/${id}/grants/${grantId}`);
  }
}
