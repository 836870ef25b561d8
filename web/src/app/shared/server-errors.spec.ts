import { FormControl, FormGroup, Validators } from '@angular/forms';
import { isStaleVersion, serverError, showServerErrors } from './server-errors';

describe('server errors on a form', () => {
  const form = () =>
    new FormGroup({
      username: new FormControl('wang', Validators.required),
      code: new FormControl('BJ'),
    });

  it('puts each message on the control it names, touched so it shows at once', () => {
    const f = form();
    const claimed = showServerErrors(f, { status: 400, errors: [{ path: 'username', message: '用户名“wang”已被使用' }] });
    expect(claimed).toBeTrue();
    expect(serverError(f.controls.username)).toBe('用户名“wang”已被使用');
    expect(f.controls.username.touched).toBeTrue();
    expect(serverError(f.controls.code)).toBeNull();
  });

  it('clears the message when the field is edited', () => {
    const f = form();
    showServerErrors(f, { status: 400, errors: [{ path: 'username', message: 'taken' }] });
    f.controls.username.setValue('wang2');
    expect(f.controls.username.valid).toBeTrue();
  });

  it('follows aliases, and reports messages no control can show', () => {
    const f = form();
    expect(showServerErrors(f, { status: 409, errors: [{ path: 'units_code_unique', message: 'dup' }] }, { units_code_unique: 'code' })).toBeTrue();
    expect(serverError(f.controls.code)).toBe('dup');
    expect(showServerErrors(f, { status: 400, errors: [{ path: 'active', message: '不能停用自己的账户' }] })).toBeFalse();
    expect(showServerErrors(f, { status: 500, detail: 'boom' })).toBeFalse();
  });

  it('tells a stale version from a duplicate', () => {
    expect(isStaleVersion({ status: 409, type: 'https://portal.example/problems/stale-version', errors: [] })).toBeTrue();
    expect(isStaleVersion({ status: 409, type: 'https://portal.example/problems/duplicate', errors: [{ path: 'x', message: 'y' }] })).toBeFalse();
    expect(isStaleVersion({ status: 400 })).toBeFalse();
  });

  it('does not take every other 409 without field errors for a stale version', () => {
    expect(isStaleVersion({ status: 409, type: 'https://portal.example/problems/conflict', errors: [] })).toBeFalse();
  });
});
