import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Role } from '@portal/domain';
import type { Observable } from 'rxjs';
import type { User } from '@portal/domain/contracts';
import { pagedParams, type Page, type PagedQuery } from '../../../shared/list-query';

/** A user with the roles held per unit, as /api/users returns it (domain/src/contracts/users.ts). */
export type { User, UserGrant } from '@portal/domain/contracts';

export type UserSortField = 'username' | 'displayName' | 'lastLoginAt';

export interface UserQuery extends PagedQuery {
  unitId?: number | null;
  role?: Role | null;
  active?: boolean | null;
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
    return this.http.get<Page<User>>('/api/users', { params: pagedParams(query, ['unitId', 'role', 'active']) });
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
