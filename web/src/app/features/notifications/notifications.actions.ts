import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { NotificationsPage } from './notifications.api';

/** The clock: a tick every ~15 s while a signed-in user has the tab in view. */
export const NotificationsPollerActions = createActionGroup({
  source: 'Notifications Poller',
  events: {
    'Tick': emptyProps(),
  },
});

export const NotificationsMenuActions = createActionGroup({
  source: 'Notifications Menu',
  events: {
    'Opened': emptyProps(),
    'Notification Opened': props<{ id: number; link: string | null; read: boolean }>(),
    'Mark All Read Clicked': emptyProps(),
    'Language Changed': emptyProps(),
  },
});

export const NotificationsApiActions = createActionGroup({
  source: 'Notifications API',
  events: {
    'Notifications Loaded': props<{ page: NotificationsPage; etag: string | null }>(),
    'Notifications Unchanged': emptyProps(),
    'Notifications Failed': props<{ status: number }>(),
    'Inbox Count Loaded': props<{ count: number; etag: string | null }>(),
    'Inbox Count Unchanged': emptyProps(),
    'Inbox Count Failed': props<{ status: number }>(),
    'Marked Read': props<{ ids: number[]; unread: number }>(),
    'All Marked Read': props<{ unread: number }>(),
    'Mark Read Failed': props<{ status: number }>(),
  },
});
