import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { Problem, SessionUser } from './session.model';

export const LoginPageActions = createActionGroup({
  source: 'Login Page',
  events: {
    'Login Submitted': props<{ username: string; password: string; returnUrl: string }>(),
  },
});

export const ShellActions = createActionGroup({
  source: 'Shell',
  events: {
    'Opened': emptyProps(),
    'Logout Clicked': emptyProps(),
  },
});

export const AuthApiActions = createActionGroup({
  source: 'Auth API',
  events: {
    'Session Restored': props<{ user: SessionUser }>(),
    'No Session': emptyProps(),
    'Login Succeeded': props<{ user: SessionUser; returnUrl: string }>(),
    'Login Failed': props<{ problem: Problem }>(),
    'Logged Out': emptyProps(),
    'Session Expired': emptyProps(),
  },
});
