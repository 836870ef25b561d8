import type { HttpTestingController } from '@angular/common/http/testing';
import { fakeBackend } from '../../../testing/http-spec';
import { AuditApi, toDay } from './audit.api';

describe('AuditApi', () => {
  let api: AuditApi;
  let http: HttpTestingController;

  beforeEach(() => ({ api, http } = fakeBackend(AuditApi)));

  afterEach(() => http.verify());

  it('asks for the trail with every filter the auditor set', () => {
    api
      .list({ q: 'bj_gm', actorId: 1, entity: 'user', action: 'user.grant_role', from: '2026-11-01', to: '2026-11-23', sort: 'at', page: 2, pageSize: 50 })
      .subscribe();
    const req = http.expectOne((r) => r.url === '/api/audit');
    expect(req.request.params.toString()).toBe(
      'q=bj_gm&actorId=1&entity=user&action=user.grant_role&from=2026-11-01&to=2026-11-23&sort=at&page=2&pageSize=50',
    );
    req.flush({ items: [], total: 0 });
  });

  it('sends no empty filters, newest first by default', () => {
    api.list({ q: '', actorId: null, entity: null, action: null, from: null, to: null, sort: '-at', page: 1, pageSize: 20 }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/audit');
    expect(req.request.params.toString()).toBe('sort=-at&page=1&pageSize=20');
    req.flush({ items: [], total: 0 });
  });

  it('reads the facets for the filter lists', () => {
    let entities: string[] = [];
    api.facets().subscribe((f) => (entities = f.entities));
    http.expectOne('/api/audit/facets').flush({ entities: ['unit', 'user'], actions: ['auth.login'] });
    expect(entities).toEqual(['unit', 'user']);
  });
});

describe('toDay', () => {
  it('gives the local calendar day, even just after midnight', () => {
    expect(toDay(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    expect(toDay(null)).toBeNull();
  });
});
