import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sectionsFor } from '@portal/domain';
import { I18n } from '../../core/i18n/i18n';
import { selectSections } from '../../core/session/session.reducer';
import { renderComponent } from '../../../testing/component-spec';
import type { AuditEntry } from './audit.api';
import { AuditPage } from './audit-page';

const entries: AuditEntry[] = [
  {
    id: 42,
    at: '2026-11-23T02:03:04.000Z',
    actorId: 1,
    actorName: '系统管理员',
    action: 'user.update',
    entity: 'user',
    entityId: '3',
    before: { id: 3, displayName: '王芳', unitId: 6, version: 1 },
    after: { id: 3, displayName: '王芳芳', unitId: 6, version: 2 },
    requestId: 'req-7f3a',
    ip: '10.0.0.8',
  },
  {
    id: 41,
    at: '2026-11-23T02:00:00.000Z',
    actorId: null,
    actorName: 'seed',
    action: 'report.export',
    entity: 'system',
    entityId: null,
    before: null,
    after: null,
    requestId: null,
    ip: null,
  },
];

describe('AuditPage', () => {
  let fixture: ComponentFixture<AuditPage>;
  let http: HttpTestingController;

  const el = () => fixture.nativeElement as HTMLElement;
  const row = (id: number) => el().querySelector(`tr[data-entry-id="${id}"]`)!;
  const auditRequest = () => http.expectOne((r) => r.url === '/api/audit');

  beforeEach(async () => {
    ({ fixture, http } = await renderComponent(AuditPage, {
      // An administrator: users and units are open to link to.
      providers: [provideRouter([]), provideMockStore({ selectors: [{ selector: selectSections, value: sectionsFor(['admin']) }] })],
    }));
    http.expectOne('/api/audit/facets').flush({ entities: ['system', 'user'], actions: ['report.export', 'user.update'] });
    const first = auditRequest();
    expect(first.request.params.toString()).toBe('sort=-at&page=1&pageSize=50');
    first.flush({ items: entries, total: 2 });
    await fixture.whenStable();
  });

  afterEach(() => http.verify());
  // The mock store sets the memoised selector's result for good; other specs need the real one back.
  afterEach(() => TestBed.inject(MockStore).resetSelectors());

  it('names known actions in the reader’s language and shows unknown ones as they are', async () => {
    expect(row(42).querySelector('.action')!.textContent).toBe('修改用户');
    expect(row(41).querySelector('.action')!.textContent).toBe('report.export');
    TestBed.inject(I18n).toggle();
    await fixture.whenStable();
    expect(row(42).querySelector('.action')!.textContent).toBe('User changed');
  });

  it('expands a row into before → after with the changed fields marked, and the request id', async () => {
    expect(el().querySelector('[data-testid="audit-diff"]')).toBeNull();
    row(42).querySelector<HTMLButtonElement>('[data-testid="audit-expand"]')!.click();
    await fixture.whenStable();
    const diff = el().querySelector('[data-testid="audit-diff"]')!;
    const changed = Array.from(diff.querySelectorAll('tr.changed')).map((r) => r.getAttribute('data-key'));
    expect(changed).toEqual(['displayName', 'version']);
    expect(diff.querySelector('tr[data-key="displayName"] .before')!.textContent!.trim()).toBe('王芳');
    expect(diff.querySelector('tr[data-key="displayName"] .after')!.textContent!.trim()).toBe('王芳芳');
    expect(el().querySelector('[data-testid="audit-request-id"]')!.textContent).toBe('req-7f3a');
    // The untouched fields are there too, as JSON.
    expect(el().querySelector('details .json')!.textContent).toContain('"unitId": 6');
  });

  it('filters by the actor clicked, from page one', async () => {
    row(42).querySelector<HTMLButtonElement>('button.actor')!.click();
    await fixture.whenStable();
    const req = auditRequest();
    expect(req.request.params.get('actorId')).toBe('1');
    expect(req.request.params.get('page')).toBe('1');
    req.flush({ items: [entries[0]], total: 1 });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="audit-actor-filter"]')!.textContent).toContain('系统管理员');
  });

  it('asks for oldest first when the time column is sorted ascending', async () => {
    el().querySelector<HTMLElement>('th.mat-column-at .mat-sort-header-container')!.click();
    await fixture.whenStable();
    expect(auditRequest().request.params.get('sort')).toBe('at');
  });

  it('shows the record by name rather than the raw code, and dates in the app language', async () => {
    const record = row(42).querySelector('[data-testid="audit-record"]')!.textContent!;
    expect(record).toContain('用户');
    expect(record).toContain('王芳芳');
    expect(row(42).querySelector<HTMLAnchorElement>('[data-testid="audit-record"] a')!.getAttribute('href')).toBe('/admin/users');
    expect(row(42).querySelector('.action')!.textContent).not.toContain('user.update');
    expect(row(42).querySelector('.time')!.textContent).toMatch(/^2026-11-23 \d\d:\d\d:04$/);
    TestBed.inject(I18n).toggle();
    await fixture.whenStable();
    expect(row(42).querySelector('.time')!.textContent).toMatch(/^23 Nov 2026, \d\d:\d\d:04$/);
  });
});
