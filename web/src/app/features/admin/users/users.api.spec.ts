import type { HttpTestingController } from '@angular/common/http/testing';
import { fakeBackend } from '../../../../testing/http-spec';
import { UsersApi } from './users.api';

describe('UsersApi', () => {
  let api: UsersApi;
  let http: HttpTestingController;

  beforeEach(() => ({ api, http } = fakeBackend(UsersApi)));

  afterEach(() => http.verify());

  it('asks for one page of users with every filter, newest sign-in first', () => {
    api
      .list({ q: ' 王 ', unitId: 8, role: 'purchasing_clerk', active: false, sort: '-lastLoginAt', page: 3, pageSize: 50 })
      .subscribe();
    const req = http.expectOne((r) => r.url === '/api/users');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.toString()).toBe('q=%E7%8E%8B&unitId=8&role=purchasing_clerk&active=false&sort=-lastLoginAt&page=3&pageSize=50');
    req.flush({ items: [], total: 0 });
  });

  it('leaves out filters nobody set, so the server applies none', () => {
    api.list({ q: '  ', unitId: null, role: null, active: null, page: 1, pageSize: 20 }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/users');
    expect(req.request.params.keys()).toEqual(['page', 'pageSize']);
    req.flush({ items: [], total: 0 });
  });

  it('sends the version it read with an edit, and the grant to revoke by its id', () => {
    api.update(5, { version: 3, active: false }).subscribe();
    const patch = http.expectOne('/api/users/5');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ version: 3, active: false });
    patch.flush({});

    api.revoke(5, 17).subscribe();
    expect(http.expectOne('/api/users/5/grants/17').request.method).toBe('DELETE');
  });

  it('posts resets, unlocks and grants to their own endpoints', () => {
    api.resetPassword(5, 'Neu-Passwort-1').subscribe();
    const reset = http.expectOne('/api/users/5/reset-password');
    expect(reset.request.body).toEqual({ password: 'Neu-Passwort-1' });

    api.unlock(5).subscribe();
    expect(http.expectOne('/api/users/5/unlock').request.method).toBe('POST');

    api.grant(5, { role: 'branch_gm', unitId: 20 }).subscribe();
    expect(http.expectOne('/api/users/5/grants').request.body).toEqual({ role: 'branch_gm', unitId: 20 });
  });
});
