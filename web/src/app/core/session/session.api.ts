import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { map, type Observable } from 'rxjs';
import type { SessionUser } from './session.model';

@Injectable({ providedIn: 'root' })
export class SessionApi {
  private readonly http = inject(HttpClient);

  me(): Observable<SessionUser> {
    return this.http.get<{ user: SessionUser }>('/api/auth/me').pipe(map((r) => r.user));
  }

  login(username: string, password: string): Observable<SessionUser> {
    return this.http.post<{ user: SessionUser }>('/api/auth/login', { username, password }).pipe(map((r) => r.user));
  }

  logout(): Observable<unknown> {
    return this.http.post('/api/auth/logout', {});
  }
}
