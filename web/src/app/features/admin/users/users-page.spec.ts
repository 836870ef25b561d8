import { formatDate } from '@angular/common';
import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { MatDialog } from '@angular/material/dialog';
import { of } from 'rxjs';
import { I18n } from '../../../core/i18n/i18n';
import type { Notify } from '../../../core/notify';
import { renderPage } from '../../../../testing/component-spec';
import type { Unit } from '../units/units.api';
import type { User } from './users.api';
import { UsersPage } from './users-page';

const units: Unit[] = [
  { id: 1, code: 'HQ', nameZh: '总部', nameEn: 'Head office', kind: 'hq', parentId: null, active: true, version: 1 },
  { id: 8, code: 'IT', nameZh: '信息技术部', nameEn: 'IT Dept', kind: 'department', parentId: 1, active: true, version: 1 },
];

const lockedUntil = new Date(Date.now() + 10 * 60_000).toISOString();

const users: User[] = [
  {
    id: 1,
    username: 'admin',
    displayName: '系统管理员',
    unitId: 8,
    unitName: '信息技术部',
    active: true,
    locked: false,
    lockedUntil: null,
    lastLoginAt: '2026-11-23T01:02:00.000Z',
    version: 1,
    roles: [{ id: 1, role: 'admin', unitId: 1, unitName: '总部' }],
  },
  {
    id: 2,
    username: 'requester',
    displayName: '李娜',
    unitId: 8,
    unitName: '信息技术部',
    active: true,
    locked: true,
    lockedUntil,
    lastLoginAt: null,
    version: 3,
    roles: [
      { id: 2, role: 'requester', unitId: 8, unitName: '信息技术部' },
      { id: 5, role: 'dept_head', unitId: 8, unitName: '信息技术部' },
    ],
  },
  { ...({} as User), id: 3, username: 'gone', displayName: '赵离', unitId: 8, unitName: '信息技术部', active: false, locked: false, lockedUntil: null, lastLoginAt: null, version: 2, roles: [] },
];

describe('UsersPage', () => {
  let fixture: ComponentFixture<UsersPage>;
  let http: HttpTestingController;
  let notify: jasmine.SpyObj<Notify>;
  let dialog: jasmine.SpyObj<MatDialog>;

  const el = () => fixture.nativeElement as HTMLElement;
  const row = (username: string) => el().querySelector(`tr[data-username="${username}"]`)!;
  const usersRequest = (): TestRequest => http.expectOne((r) => r.url === '/api/users');
  const settle = () => fixture.whenStable();

  beforeEach(async () => {
    ({ fixture, http, notify, dialog } = await renderPage(UsersPage));
    http.expectOne('/api/units').flush({ items: units, total: units.length });
    const first = usersRequest();
    expect(first.request.params.toString()).toBe('sort=username&page=1&pageSize=20');
    first.flush({ items: users, total: 3 });
    await settle();
  });

  afterEach(() => http.verify());

  it('shows each grant as a chip “role · unit” in the reader’s language', async () => {
    const chips = () => Array.from(row('requester').querySelectorAll('[data-testid="role-chip"]')).map((c) => c.textContent!.replace(/\s+/g, ' ').replace('cancel', '').trim());
    expect(chips()).toEqual(['用料部门申请人 · 信息技术部', '部门负责人 · 信息技术部']);
    TestBed.inject(I18n).toggle();
    await settle();
    expect(chips()).toEqual(['Requester · IT Dept', 'Department head · IT Dept']);
    expect(row('admin').textContent).toContain('Administrator · Head office');
  });

  it('tells active, locked (until when) and disabled accounts apart, and offers unlock only when locked', () => {
    const status = (u: string) => row(u).querySelector('[data-testid="user-status"]')!.textContent!.trim();
    expect(status('admin')).toBe('正常');
    expect(status('requester')).toContain(`锁定至 ${formatDate(lockedUntil, 'HH:mm', 'en-US')}`);
    expect(status('gone')).toBe('已停用');
    expect(row('requester').querySelector('[data-testid="user-unlock"]')).not.toBeNull();
    expect(row('admin').querySelector('[data-testid="user-unlock"]')).toBeNull();
    expect(row('gone').textContent).toContain('从未登录');
  });

  it('sorts by last sign-in on the server, newest first on the second click', async () => {
    const header = el().querySelector<HTMLElement>('th.mat-column-lastLoginAt .mat-sort-header-container')!;
    header.click();
    await settle();
    expect(usersRequest().request.params.get('sort')).toBe('lastLoginAt');
    header.click();
    await settle();
    const req = usersRequest();
    expect(req.request.params.get('sort')).toBe('-lastLoginAt');
    expect(req.request.params.get('page')).toBe('1');
  });

  it('searches after a pause in typing, from page one', async () => {
    const input = el().querySelector<HTMLInputElement>('[data-testid="users-search"]')!;
    input.value = '李';
    input.dispatchEvent(new Event('input'));
    await settle();
    http.expectNone((r) => r.url === '/api/users');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await settle();
    const req = usersRequest();
    expect(req.request.params.get('q')).toBe('李');
    expect(req.request.params.get('page')).toBe('1');
  });

  it('revokes a role after confirmation and shows the user as the server returns it', async () => {
    dialog.open.and.returnValue({ afterClosed: () => of(true) } as never);
    row('requester').querySelectorAll<HTMLButtonElement>('[data-testid="role-revoke"]')[1].click();
    await settle();
    const req = http.expectOne('/api/users/2/grants/5');
    expect(req.request.method).toBe('DELETE');
    req.flush({ ...users[1], roles: [users[1].roles[0]], version: 4 });
    await settle();
    expect(row('requester').querySelectorAll('[data-testid="role-chip"]').length).toBe(1);
  });

  it('says so and reloads the row when a disable meets a newer version', async () => {
    dialog.open.and.returnValue({ afterClosed: () => of(true) } as never);
    fixture.componentInstance['setActive'](users[1], false);
    await settle();
    const patch = http.expectOne('/api/users/2');
    expect(patch.request.body).toEqual({ version: 3, active: false });
    patch.flush({ type: 'https://portal.example/problems/stale-version', status: 409, errors: [] }, { status: 409, statusText: 'Conflict' });
    expect(notify.ok).toHaveBeenCalled();
    http.expectOne({ method: 'GET', url: '/api/users/2' }).flush({ ...users[1], displayName: '李娜娜', version: 4 });
    await settle();
    expect(row('requester').textContent).toContain('李娜娜');
  });
});
