import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { type ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import { routes } from './app.routes';
import { apiInterceptor } from './core/http/api.interceptor';
import * as sessionEffects from './core/session/session.effects';
import { sessionFeature } from './core/session/session.reducer';
import * as notificationsEffects from './features/notifications/notifications.effects';
import { notificationsFeature } from './features/notifications/notifications.reducer';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding()),
    provideHttpClient(
      // The API sets XSRF-TOKEN at sign-in and checks X-XSRF-TOKEN on every write.
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([apiInterceptor]),
    ),
    provideStore({ [sessionFeature.name]: sessionFeature.reducer, [notificationsFeature.name]: notificationsFeature.reducer }),
    // The toolbar's counts (inbox badge, notifications bell) poll from sign-in to sign-out.
    provideEffects(sessionEffects, notificationsEffects),
  ],
};
