import { AuthApiActions } from '../../core/session/session.actions';
import { NotificationsApiActions } from './notifications.actions';
import type { AppNotification } from './notifications.api';
import { notificationsFeature, selectHasUnread, selectInboxCount, selectNewestUnreadId, selectUnread } from './notifications.reducer';

const n = (id: number, read = false): AppNotification => ({
  id,
  kind: 'approval.submitted',
  title: `通知 ${id}`,
  link: `/approvals/requests/${id}`,
  read,
  createdAt: '2026-11-23T02:00:00.000Z',
});

describe('notifications reducer and selectors', () => {
  const reduce = notificationsFeature.reducer;
  const initial = reduce(undefined, { type: '@@init' });
  const state = (s = initial) => ({ notifications: s });

  it('starts with nothing unread and nothing waiting', () => {
    expect(selectUnread(state())).toBe(0);
    expect(selectInboxCount(state())).toBe(0);
    expect(selectHasUnread(state())).toBeFalse();
  });

  it('keeps the newest notifications, the unread count and the tags the next poll sends', () => {
    let s = reduce(initial, NotificationsApiActions.notificationsLoaded({ page: { items: [n(3), n(2, true), n(1)], total: 3, unread: 2 }, etag: 'W/"a"' }));
    s = reduce(s, NotificationsApiActions.inboxCountLoaded({ count: 4, etag: 'W/"c"' }));
    expect(selectUnread(state(s))).toBe(2);
    expect(selectNewestUnreadId(state(s))).toBe(3);
    expect(selectInboxCount(state(s))).toBe(4);
    expect(s.notificationsEtag).toBe('W/"a"');
    expect(s.inboxCountEtag).toBe('W/"c"');
  });

  it('marks one or all read with the count the server says is left', () => {
    let s = reduce(initial, NotificationsApiActions.notificationsLoaded({ page: { items: [n(3), n(2), n(1)], total: 3, unread: 3 }, etag: null }));
    s = reduce(s, NotificationsApiActions.markedRead({ ids: [3], unread: 2 }));
    expect(s.recent.map((x) => x.read)).toEqual([true, false, false]);
    expect(selectNewestUnreadId(state(s))).toBe(2);
    s = reduce(s, NotificationsApiActions.allMarkedRead({ unread: 0 }));
    expect(s.recent.every((x) => x.read)).toBeTrue();
    expect(selectHasUnread(state(s))).toBeFalse();
  });

  it('forgets everything of the user who signs out', () => {
    let s = reduce(initial, NotificationsApiActions.notificationsLoaded({ page: { items: [n(1)], total: 1, unread: 1 }, etag: 'W/"a"' }));
    s = reduce(s, NotificationsApiActions.inboxCountLoaded({ count: 2, etag: 'W/"c"' }));
    expect(reduce(s, AuthApiActions.loggedOut())).toEqual(initial);
    expect(reduce(s, AuthApiActions.sessionExpired())).toEqual(initial);
  });
});
