import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { catchError, throwError } from 'rxjs';
import { I18n } from '../i18n/i18n';
import { AuthApiActions } from '../session/session.actions';

/**
 * Asks the API to answer in the user's language, and turns a 401 on any call
 * but the sign-in ones into "your session has ended" (back to the login page).
 * The CSRF header comes from Angular's own XSRF support (cookie XSRF-TOKEN).
 */
export const apiInterceptor: HttpInterceptorFn = (req, next) => {
  const i18n = inject(I18n);
  const store = inject(Store);
  const withLang = req.url.startsWith('/api/') ? req.clone({ setHeaders: { 'Accept-Language': i18n.acceptLanguage() } }) : req;
  return next(withLang).pipe(
    catchError((err: unknown) => {
      if (err instanceof HttpErrorResponse && err.status === 401 && !req.url.startsWith('/api/auth/')) {
        store.dispatch(AuthApiActions.sessionExpired());
      }
      return throwError(() => err);
    }),
  );
};
