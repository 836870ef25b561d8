import { AuthApiActions, LoginPageActions } from './session.actions';
import { sessionFeature } from './session.reducer';
import type { SessionUser } from './session.model';

const auditor: SessionUser = {
  id: 14,
  username: 'auditor',
  displayName: '许静',
  unitId: 12,
  unitName: '审计部',
  unitNameEn: 'Audit',
  roles: [{ role: 'auditor', unitId: 1, unitName: '总部', unitNameEn: 'Head office' }],
  supplierId: null,
};

describe('session reducer', () => {
  const reduce = sessionFeature.reducer;
  const initial = reduce(undefined, { type: '@@init' });

  it('starts unknown, so guards wait for /api/auth/me', () => {
    expect(initial.status).toBe('unknown');
  });

  it('keeps the problem when sign-in fails and clears it on the next try', () => {
    const failed = reduce(initial, AuthApiActions.loginFailed({ problem: { status: 401, detail: '用户名或密码错误' } }));
    expect(failed.status).toBe('signedOut');
    expect(failed.error?.detail).toBe('用户名或密码错误');
    const retry = reduce(failed, LoginPageActions.loginSubmitted({ username: 'a', password: 'b', returnUrl: '/' }));
    expect(retry.error).toBeNull();
    expect(retry.status).toBe('signingIn');
  });

  it('offers the auditor every register to read, but no administration', () => {
    const state = { session: reduce(initial, AuthApiActions.sessionRestored({ user: auditor })) };
    const keys = sessionFeature.selectSections(state).map((s) => s.key);
    // Every register, the purchasing cycle's too (more come with each module); no administration.
    expect(keys).toEqual(
      jasmine.arrayContaining(['home', 'approvals', 'purchase-requests', 'planning-calendar', 'prices', 'ad-quotes', 'ad-rate-cards', 'ad-slots', 'customers', 'approval-policies', 'audit']),
    );
    expect(keys).not.toContain('users');
    expect(keys).not.toContain('units');
  });

  it('forgets the user when the session expires', () => {
    const signedIn = reduce(initial, AuthApiActions.sessionRestored({ user: auditor }));
    expect(reduce(signedIn, AuthApiActions.sessionExpired()).user).toBeNull();
  });
});
