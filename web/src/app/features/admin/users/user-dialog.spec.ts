import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { MatDialogRef } from '@angular/material/dialog';
import type { Notify } from '../../../core/notify';
import { formDriver, renderDialog } from '../../../../testing/component-spec';
import type { Unit } from '../units/units.api';
import { UserDialog, type UserDialogData } from './user-dialog';
import type { User } from './users.api';

const units: Unit[] = [
  { id: 1, code: 'HQ', nameZh: '总部', nameEn: 'Head office', kind: 'hq', parentId: null, active: true, version: 1 },
  { id: 8, code: 'IT', nameZh: '信息技术部', nameEn: 'IT Dept', kind: 'department', parentId: 1, active: true, version: 1 },
];

const wang: User = {
  id: 3,
  username: 'clerk',
  displayName: '王芳',
  unitId: 8,
  unitName: '信息技术部',
  active: true,
  locked: false,
  lockedUntil: null,
  lastLoginAt: null,
  version: 4,
  roles: [],
};

describe('UserDialog', () => {
  let fixture: ComponentFixture<UserDialog>;
  let http: HttpTestingController;
  let ref: jasmine.SpyObj<MatDialogRef<UserDialog>>;
  let notify: jasmine.SpyObj<Notify>;

  async function open(data: UserDialogData) {
    ({ fixture, http, ref, notify } = await renderDialog(UserDialog, data));
  }

  const drive = formDriver(() => fixture);
  const { el, type, errorUnder } = drive;
  const submit = () => drive.click('user-save');

  afterEach(() => http.verify());

  it('shows the server’s “username taken” under the username, and nothing under the others', async () => {
    await open({ mode: 'create', units });
    type('user-username', 'wang');
    type('user-display-name', '王芳');
    type('user-password', 'Lang-genug-1');
    fixture.componentInstance['form'].controls.unitId.setValue(8);
    await submit();

    const req = http.expectOne('/api/users');
    expect(req.request.body).toEqual({ username: 'wang', displayName: '王芳', unitId: 8, password: 'Lang-genug-1' });
    req.flush(
      { status: 400, detail: '输入有误，请检查标出的字段', errors: [{ path: 'username', message: '用户名“wang”已被使用' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(errorUnder('user-username')).toBe('用户名“wang”已被使用');
    expect(errorUnder('user-display-name')).toBe('');
    expect(errorUnder('user-password')).toBe('');
    expect(notify.error).not.toHaveBeenCalled();
    expect(ref.close).not.toHaveBeenCalled();

    // Fixing the field clears the server's complaint.
    type('user-username', 'wang2');
    await fixture.whenStable();
    expect(errorUnder('user-username')).toBe('');
  });

  it('puts a too-short password complaint under the password', async () => {
    await open({ mode: 'create', units });
    type('user-username', 'li');
    type('user-display-name', '李娜');
    type('user-password', '12345678');
    fixture.componentInstance['form'].controls.unitId.setValue(1);
    await submit();
    http
      .expectOne('/api/users')
      .flush({ status: 400, errors: [{ path: 'password', message: '密码至少 8 位' }] }, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(errorUnder('user-password')).toBe('密码至少 8 位');
    expect(errorUnder('user-username')).toBe('');
  });

  it('checks the username rule before asking the server', async () => {
    await open({ mode: 'create', units });
    type('user-username', '9lives');
    await submit();
    http.expectNone('/api/users');
    expect(errorUnder('user-username')).toContain('以字母开头');
  });

  it('edits only what changed, with the version it read, and closes with the saved user', async () => {
    await open({ mode: 'edit', user: wang, units });
    expect(el().querySelector('[data-testid="user-username"]')).toBeNull();
    type('user-display-name', '王芳芳');
    await submit();
    const req = http.expectOne('/api/users/3');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ version: 4, displayName: '王芳芳' });
    const saved = { ...wang, displayName: '王芳芳', version: 5 };
    req.flush(saved);
    expect(ref.close).toHaveBeenCalledWith(saved);
  });

  it('closes as stale when someone else changed the user first, so the page reloads the row', async () => {
    await open({ mode: 'edit', user: wang, units });
    type('user-display-name', '王芳芳');
    await submit();
    http
      .expectOne('/api/users/3')
      .flush(
        { type: 'https://portal.example/problems/stale-version', status: 409, detail: '该记录已被他人修改，请刷新后再改', errors: [] },
        { status: 409, statusText: 'Conflict' },
      );
    expect(ref.close).toHaveBeenCalledWith('stale');
  });

  it('sends a refusal no field can show to the snack bar', async () => {
    await open({ mode: 'edit', user: wang, units });
    type('user-display-name', '王芳芳');
    await submit();
    http
      .expectOne('/api/users/3')
      .flush({ status: 403, detail: '您没有执行此操作的权限', errors: [] }, { status: 403, statusText: 'Forbidden' });
    expect(notify.error).toHaveBeenCalled();
    expect(ref.close).not.toHaveBeenCalled();
  });
});
