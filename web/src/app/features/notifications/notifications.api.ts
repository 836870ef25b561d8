import { HttpClient, HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { InjectionToken, Injectable, inject } from '@angular/core';
import type { InboxCount, NotificationsMarked, NotificationsPage } from '@portal/domain/contracts';
import { catchError, map, of, throwError, type Observable } from 'rxjs';

/** What /api/notifications answers (domain/src/contracts/notifications.ts). */
export type { AppNotification, NotificationsPage } from '@portal/domain/contracts';

/** A conditional GET's answer: the new body and its tag, or "nothing changed" (304). */
export type Polled<T> = { changed: true; body: T; etag: string | null } | { changed: false };

/** How often the toolbar asks whether anything changed; an unchanged answer is a bodiless 304. */
export const NOTIFICATIONS_POLL_MS = new InjectionToken<number>('NOTIFICATIONS_POLL_MS', {
  providedIn: 'root',
  factory: () => 15_000,
});

/** How many recent notifications the bell's menu shows. */
export const RECENT_NOTIFICATIONS = 10;

/**
 * The two things the toolbar polls. Both answer 304 when nothing changed since
 * the tag we send (api http/conditional.ts), so an idle poll costs one small
 * query and no body. Angular reports a 304 as an error; here it becomes `changed: false`.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  recent(etag: string | null): Observable<Polled<NotificationsPage>> {
    return this.conditional<NotificationsPage>(`/api/notifications?pageSize=${RECENT_NOTIFICATIONS}`, etag);
  }

  inboxCount(etag: string | null): Observable<Polled<InboxCount>> {
    return this.conditional<InboxCount>('/api/approvals/inbox/count', etag);
  }

  /** The listed notifications, or every unread one when `ids` is left out. */
  markRead(ids?: number[]): Observable<NotificationsMarked> {
    return this.http.post<NotificationsMarked>('/api/notifications/read', ids ? { ids } : {});
  }

  private conditional<T>(url: string, etag: string | null): Observable<Polled<T>> {
    const headers = etag ? new HttpHeaders({ 'If-None-Match': etag }) : undefined;
    return this.http.get<T>(url, { headers, observe: 'response' }).pipe(
      map((res): Polled<T> => ({ changed: true, body: res.body as T, etag: res.headers.get('ETag') })),
      catchError((err: unknown) =>
        err instanceof HttpErrorResponse && err.status === 304 ? of<Polled<T>>({ changed: false }) : throwError(() => err),
      ),
    );
  }
}
