import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  EMPTY,
  catchError,
  distinctUntilChanged,
  exhaustMap,
  filter,
  fromEvent,
  map,
  mergeMap,
  of,
  startWith,
  switchMap,
  takeUntil,
  tap,
  timer,
  withLatestFrom,
} from 'rxjs';
import { AuthApiActions } from '../../core/session/session.actions';
import { selectUser } from '../../core/session/session.reducer';
import { ApprovalRequestPageActions, InboxPageActions } from '../approvals/approvals.actions';
import { NotificationsApiActions, NotificationsMenuActions, NotificationsPollerActions } from './notifications.actions';
import { NOTIFICATIONS_POLL_MS, NotificationsApi } from './notifications.api';
import { selectInboxCountEtag, selectNotificationsEtag } from './notifications.reducer';

const status = (err: unknown) => (err instanceof HttpErrorResponse ? err.status : 0);

/**
 * Ticks while someone is signed in and the tab is in view; a hidden tab asks
 * nothing, and coming back asks at once. Signing out (or the session ending)
 * stops the clock: switchMap drops the timer.
 */
export const pollWhileVisible = createEffect(
  (actions$ = inject(Actions), document = inject(DOCUMENT), every = inject(NOTIFICATIONS_POLL_MS)) => {
    const visible$ = fromEvent(document, 'visibilitychange').pipe(
      startWith(null),
      map(() => document.visibilityState !== 'hidden'),
      distinctUntilChanged(),
    );
    return actions$.pipe(
      ofType(AuthApiActions.sessionRestored, AuthApiActions.loginSucceeded, AuthApiActions.loggedOut, AuthApiActions.sessionExpired),
      map((a) => a.type === AuthApiActions.sessionRestored.type || a.type === AuthApiActions.loginSucceeded.type),
      switchMap((signedIn) => (signedIn ? visible$.pipe(switchMap((v) => (v ? timer(0, every) : EMPTY))) : EMPTY)),
      map(() => NotificationsPollerActions.tick()),
    );
  },
  { functional: true },
);

const signedOut = (actions$: Actions) => actions$.pipe(ofType(AuthApiActions.loggedOut, AuthApiActions.sessionExpired));

/** Notifications first, with the tag of what we hold; a poll still running makes the next tick wait its turn. */
export const fetchNotifications = createEffect(
  (actions$ = inject(Actions), api = inject(NotificationsApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(NotificationsPollerActions.tick, NotificationsMenuActions.opened, NotificationsMenuActions.languageChanged),
      withLatestFrom(store.select(selectNotificationsEtag)),
      exhaustMap(([, etag]) =>
        api.recent(etag).pipe(
          map((r) => (r.changed ? NotificationsApiActions.notificationsLoaded({ page: r.body, etag: r.etag }) : NotificationsApiActions.notificationsUnchanged())),
          catchError((err: unknown) => of(NotificationsApiActions.notificationsFailed({ status: status(err) }))),
          takeUntil(signedOut(actions$)),
        ),
      ),
    ),
  { functional: true },
);

/**
 * Then the inbox count: after every notifications poll (so a "waiting for you"
 * notification and the badge arrive together), when the inbox is opened, and
 * after this user acted on a request.
 */
export const fetchInboxCount = createEffect(
  (actions$ = inject(Actions), api = inject(NotificationsApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(
        NotificationsApiActions.notificationsLoaded,
        NotificationsApiActions.notificationsUnchanged,
        InboxPageActions.opened,
        ApprovalRequestPageActions.actionTaken,
      ),
      withLatestFrom(store.select(selectInboxCountEtag), store.select(selectUser)),
      // A supplier contact (issue 15) has no approvals inbox: the API refuses it, so it is not asked.
      filter(([, , user]) => (user?.supplierId ?? null) === null),
      switchMap(([, etag]) =>
        api.inboxCount(etag).pipe(
          map((r) => (r.changed ? NotificationsApiActions.inboxCountLoaded({ count: r.body.count, etag: r.etag }) : NotificationsApiActions.inboxCountUnchanged())),
          catchError((err: unknown) => of(NotificationsApiActions.inboxCountFailed({ status: status(err) }))),
          takeUntil(signedOut(actions$)),
        ),
      ),
    ),
  { functional: true },
);

/** Opening a notification marks it read (if it was not) and goes where it points. */
export const markOpenedRead = createEffect(
  (actions$ = inject(Actions), api = inject(NotificationsApi)) =>
    actions$.pipe(
      ofType(NotificationsMenuActions.notificationOpened),
      filter(({ read }) => !read),
      mergeMap(({ id }) =>
        api.markRead([id]).pipe(
          map(({ unread }) => NotificationsApiActions.markedRead({ ids: [id], unread })),
          catchError((err: unknown) => of(NotificationsApiActions.markReadFailed({ status: status(err) }))),
        ),
      ),
    ),
  { functional: true },
);

export const followNotificationLink = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(NotificationsMenuActions.notificationOpened),
      filter(({ link }) => !!link),
      tap(({ link }) => void router.navigateByUrl(link!)),
    ),
  { functional: true, dispatch: false },
);

export const markAllRead = createEffect(
  (actions$ = inject(Actions), api = inject(NotificationsApi)) =>
    actions$.pipe(
      ofType(NotificationsMenuActions.markAllReadClicked),
      exhaustMap(() =>
        api.markRead().pipe(
          map(({ unread }) => NotificationsApiActions.allMarkedRead({ unread })),
          catchError((err: unknown) => of(NotificationsApiActions.markReadFailed({ status: status(err) }))),
        ),
      ),
    ),
  { functional: true },
);
