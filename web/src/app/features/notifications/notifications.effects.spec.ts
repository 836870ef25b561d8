import { HttpHeaders, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Actions } from '@ngrx/effects';
import { Store, provideStore, type Action } from '@ngrx/store';
import { Subject } from 'rxjs';
import { AuthApiActions } from '../../core/session/session.actions';
import type { SessionUser } from '../../core/session/session.model';
import { ApprovalRequestPageActions } from '../approvals/approvals.actions';
import { NotificationsApiActions, NotificationsMenuActions, NotificationsPollerActions } from './notifications.actions';
import { NotificationsApi } from './notifications.api';
import { fetchInboxCount, fetchNotifications, markOpenedRead, pollWhileVisible } from './notifications.effects';
import { notificationsFeature } from './notifications.reducer';

const user: SessionUser = { id: 10, username: 'bj_gm', displayName: '郑伟', unitId: 5, unitName: '北京分部', unitNameEn: 'Beijing Branch', roles: [], supplierId: null };
const page = { items: [{ id: 5, kind: 'approval.submitted', title: '待您审批', link: '/approvals/requests/7', read: false, createdAt: '2026-11-23T02:00:00.000Z' }], total: 1, unread: 1 };

describe('notifications effects', () => {
  let source: Subject<Action>;
  let actions$: Actions;
  let http: HttpTestingController;
  let store: Store;
  let api: NotificationsApi;
  let emitted: Action[];

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStore({ [notificationsFeature.name]: notificationsFeature.reducer }),
      ],
    });
    source = new Subject<Action>();
    actions$ = new Actions(source);
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(Store);
    api = TestBed.inject(NotificationsApi);
    emitted = [];
  });

  afterEach(() => http.verify());

  /** What the effect answers is also reduced, as the real store would, so the next poll sees the tag. */
  const run = (effect$: { subscribe: (fn: (a: Action) => void) => unknown }) =>
    effect$.subscribe((a) => {
      emitted.push(a);
      store.dispatch(a);
    });

  it('polls notifications with the last ETag and takes a 304 as "nothing new"', () => {
    run(fetchNotifications(actions$, api, store));
    source.next(NotificationsPollerActions.tick());
    const first = http.expectOne('/api/notifications?pageSize=10');
    expect(first.request.headers.has('If-None-Match')).toBeFalse();
    first.flush(page, { headers: new HttpHeaders({ ETag: 'W/"n1"' }) });
    expect(emitted).toEqual([NotificationsApiActions.notificationsLoaded({ page, etag: 'W/"n1"' })]);

    source.next(NotificationsPollerActions.tick());
    const second = http.expectOne('/api/notifications?pageSize=10');
    expect(second.request.headers.get('If-None-Match')).toBe('W/"n1"');
    second.flush(null, { status: 304, statusText: 'Not Modified' });
    expect(emitted[1]).toEqual(NotificationsApiActions.notificationsUnchanged());
  });

  it('asks for the inbox count after each notifications poll and after acting, with its own ETag', () => {
    run(fetchInboxCount(actions$, api, store));
    source.next(NotificationsApiActions.notificationsLoaded({ page, etag: 'W/"n1"' }));
    const first = http.expectOne('/api/approvals/inbox/count');
    expect(first.request.headers.has('If-None-Match')).toBeFalse();
    first.flush({ count: 3 }, { headers: new HttpHeaders({ ETag: 'W/"c3"' }) });
    expect(emitted).toEqual([NotificationsApiActions.inboxCountLoaded({ count: 3, etag: 'W/"c3"' })]);

    source.next(NotificationsApiActions.notificationsUnchanged());
    const second = http.expectOne('/api/approvals/inbox/count');
    expect(second.request.headers.get('If-None-Match')).toBe('W/"c3"');
    second.flush(null, { status: 304, statusText: 'Not Modified' });
    expect(emitted[1]).toEqual(NotificationsApiActions.inboxCountUnchanged());

    source.next(ApprovalRequestPageActions.actionTaken({ requestId: 7, action: 'approve' }));
    http.expectOne('/api/approvals/inbox/count').flush({ count: 2 }, { headers: new HttpHeaders({ ETag: 'W/"c2"' }) });
    expect(emitted[2]).toEqual(NotificationsApiActions.inboxCountLoaded({ count: 2, etag: 'W/"c2"' }));
  });

  it('reports a failed poll without stopping the next one', () => {
    run(fetchNotifications(actions$, api, store));
    source.next(NotificationsPollerActions.tick());
    http.expectOne('/api/notifications?pageSize=10').flush({ status: 503 }, { status: 503, statusText: 'Unavailable' });
    expect(emitted).toEqual([NotificationsApiActions.notificationsFailed({ status: 503 })]);
    source.next(NotificationsPollerActions.tick());
    http.expectOne('/api/notifications?pageSize=10').flush(page);
    expect(emitted[1].type).toBe(NotificationsApiActions.notificationsLoaded.type);
  });

  it('marks an opened notification read, and leaves a read one alone', () => {
    run(markOpenedRead(actions$, api));
    source.next(NotificationsMenuActions.notificationOpened({ id: 5, link: '/approvals/requests/7', read: false }));
    const req = http.expectOne('/api/notifications/read');
    expect(req.request.body).toEqual({ ids: [5] });
    req.flush({ marked: 1, unread: 0 });
    expect(emitted).toEqual([NotificationsApiActions.markedRead({ ids: [5], unread: 0 })]);
    source.next(NotificationsMenuActions.notificationOpened({ id: 4, link: null, read: true }));
    http.expectNone('/api/notifications/read');
  });

  describe('the clock', () => {
    let visibility: DocumentVisibilityState;
    let fakeDocument: Document;
    const listeners = new Set<EventListener>();

    beforeEach(() => {
      jasmine.clock().install();
      visibility = 'visible';
      listeners.clear();
      fakeDocument = {
        get visibilityState() {
          return visibility;
        },
        addEventListener: (_: string, fn: EventListener) => listeners.add(fn),
        removeEventListener: (_: string, fn: EventListener) => listeners.delete(fn),
      } as unknown as Document;
    });
    afterEach(() => jasmine.clock().uninstall());

    const setVisibility = (v: DocumentVisibilityState) => {
      visibility = v;
      listeners.forEach((fn) => fn(new Event('visibilitychange')));
    };

    it('ticks from sign-in, pauses while the tab is hidden, and stops at sign-out', () => {
      const ticks: Action[] = [];
      pollWhileVisible(actions$, fakeDocument, 15_000).subscribe((a) => ticks.push(a));
      jasmine.clock().tick(60_000);
      expect(ticks.length).toBe(0);

      source.next(AuthApiActions.sessionRestored({ user }));
      jasmine.clock().tick(0);
      expect(ticks.length).toBe(1);
      jasmine.clock().tick(15_000);
      expect(ticks.length).toBe(2);

      setVisibility('hidden');
      jasmine.clock().tick(60_000);
      expect(ticks.length).toBe(2);
      setVisibility('visible');
      jasmine.clock().tick(0);
      expect(ticks.length).toBe(3);

      source.next(AuthApiActions.loggedOut());
      jasmine.clock().tick(60_000);
      expect(ticks.length).toBe(3);
      expect(listeners.size).toBe(0);
    });
  });
});
