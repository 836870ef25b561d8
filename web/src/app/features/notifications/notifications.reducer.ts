import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { AuthApiActions } from '../../core/session/session.actions';
import { NotificationsApiActions } from './notifications.actions';
import type { AppNotification } from './notifications.api';

/**
 * What the toolbar shows and the pages share: the unread notifications and the
 * number of approvals waiting for me, with the ETags the next poll sends.
 */
export interface NotificationsState {
  recent: AppNotification[];
  unread: number;
  notificationsEtag: string | null;
  inboxCount: number;
  inboxCountEtag: string | null;
}

export const initialNotificationsState: NotificationsState = {
  recent: [],
  unread: 0,
  notificationsEtag: null,
  inboxCount: 0,
  inboxCountEtag: null,
};

export const notificationsFeature = createFeature({
  name: 'notifications',
  reducer: createReducer(
    initialNotificationsState,
    on(NotificationsApiActions.notificationsLoaded, (s, { page, etag }) => ({
      ...s,
      recent: page.items,
      unread: page.unread,
      notificationsEtag: etag,
    })),
    on(NotificationsApiActions.inboxCountLoaded, (s, { count, etag }) => ({ ...s, inboxCount: count, inboxCountEtag: etag })),
    on(NotificationsApiActions.markedRead, (s, { ids, unread }) => ({
      ...s,
      recent: s.recent.map((n) => (ids.includes(n.id) ? { ...n, read: true } : n)),
      unread,
    })),
    on(NotificationsApiActions.allMarkedRead, (s, { unread }) => ({
      ...s,
      recent: s.recent.map((n) => (n.read ? n : { ...n, read: true })),
      unread,
    })),
    // Someone else may sign in next in this tab: nothing of this user's stays behind.
    on(AuthApiActions.loggedOut, AuthApiActions.sessionExpired, AuthApiActions.loginSucceeded, () => initialNotificationsState),
  ),
  extraSelectors: ({ selectRecent, selectUnread }) => ({
    selectHasUnread: createSelector(selectUnread, (n) => n > 0),
    selectNewestUnreadId: createSelector(selectRecent, (items) => items.filter((n) => !n.read).reduce((max, n) => Math.max(max, n.id), 0)),
  }),
});

export const {
  selectRecent,
  selectUnread,
  selectHasUnread,
  selectInboxCount,
  selectNotificationsEtag,
  selectInboxCountEtag,
  selectNewestUnreadId,
} = notificationsFeature;
