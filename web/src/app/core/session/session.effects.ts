import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType, ROOT_EFFECTS_INIT } from '@ngrx/effects';
import { catchError, exhaustMap, map, of, tap } from 'rxjs';
import { toProblem } from '../http/problem';
import { AuthApiActions, LoginPageActions, ShellActions } from './session.actions';
import { SessionApi } from './session.api';

export const restoreSession = createEffect(
  (actions$ = inject(Actions), api = inject(SessionApi)) =>
    actions$.pipe(
      ofType(ROOT_EFFECTS_INIT),
      exhaustMap(() =>
        api.me().pipe(
          map((user) => AuthApiActions.sessionRestored({ user })),
          catchError(() => of(AuthApiActions.noSession())),
        ),
      ),
    ),
  { functional: true },
);

export const login = createEffect(
  (actions$ = inject(Actions), api = inject(SessionApi)) =>
    actions$.pipe(
      ofType(LoginPageActions.loginSubmitted),
      exhaustMap(({ username, password, returnUrl }) =>
        api.login(username, password).pipe(
          map((user) => AuthApiActions.loginSucceeded({ user, returnUrl })),
          catchError((err: HttpErrorResponse) => of(AuthApiActions.loginFailed({ problem: toProblem(err) }))),
        ),
      ),
    ),
  { functional: true },
);

export const navigateAfterLogin = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(AuthApiActions.loginSucceeded),
      tap(({ returnUrl }) => void router.navigateByUrl(returnUrl || '/home')),
    ),
  { functional: true, dispatch: false },
);

export const logout = createEffect(
  (actions$ = inject(Actions), api = inject(SessionApi)) =>
    actions$.pipe(
      ofType(ShellActions.logoutClicked),
      exhaustMap(() =>
        api.logout().pipe(
          map(() => AuthApiActions.loggedOut()),
          // Even if the server is gone, the user asked to leave: forget the session here.
          catchError(() => of(AuthApiActions.loggedOut())),
        ),
      ),
    ),
  { functional: true },
);

export const navigateToLogin = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(AuthApiActions.loggedOut, AuthApiActions.sessionExpired),
      tap((action) => {
        const returnUrl = action.type === AuthApiActions.sessionExpired.type ? router.url : undefined;
        void router.navigate(['/login'], { queryParams: returnUrl && returnUrl !== '/login' ? { returnUrl } : {} });
      }),
    ),
  { functional: true, dispatch: false },
);
