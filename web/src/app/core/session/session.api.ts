import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { map, type Observable } from 'rxjs';
import type { SessionUser, SignedIn } from '@portal/domain/contracts';

@Injectable({ providedIn: 'root' })
export class SessionApi {
  private readonly http = inject(HttpClient);

  me(): Observable<SessionUser> {
    return this.http.get<SignedIn>('/api/auth/me').pipe(map((r) => r.user));
  }

  login(username: string, password: string): Observable<SessionUser> {
    return this.http.post<SignedIn>('/api/auth/login', { username, password }).pipe(map((r) => r.user));
  }

  logout(): Observable<unknown> {
    return this.http.post('/api/auth/logout', {});
  }
}
