import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { sectionsFor } from '@portal/domain';
import { AuthApiActions, LoginPageActions } from './session.actions';
import type { Problem, SessionUser } from './session.model';

export interface SessionState {
  /** 'unknown' until the first /api/auth/me answers, so guards can wait for it. */
  status: 'unknown' | 'signedOut' | 'signingIn' | 'signedIn';
  user: SessionUser | null;
  error: Problem | null;
}

const initialState: SessionState = { status: 'unknown', user: null, error: null };

export const sessionFeature = createFeature({
  name: 'session',
  reducer: createReducer(
    initialState,
    on(LoginPageActions.loginSubmitted, (s) => ({ ...s, status: 'signingIn' as const, error: null })),
    on(AuthApiActions.sessionRestored, AuthApiActions.loginSucceeded, (_s, { user }) => ({
      status: 'signedIn' as const,
      user,
      error: null,
    })),
    on(AuthApiActions.loginFailed, (_s, { problem }) => ({ status: 'signedOut' as const, user: null, error: problem })),
    on(AuthApiActions.noSession, AuthApiActions.loggedOut, AuthApiActions.sessionExpired, () => ({
      status: 'signedOut' as const,
      user: null,
      error: null,
    })),
  ),
  extraSelectors: ({ selectUser }) => {
    const selectRoles = createSelector(selectUser, (u) => (u ? [...new Set(u.roles.map((r) => r.role))] : []));
    return {
      selectRoles,
      selectSections: createSelector(selectUser, selectRoles, (u, roles) => (u ? sectionsFor(roles) : [])),
    };
  },
});

export const { selectStatus, selectUser, selectError, selectRoles, selectSections } = sessionFeature;
