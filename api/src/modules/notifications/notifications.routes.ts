import { NotificationsMarked, NotificationsPage } from '@portal/domain/contracts';
import { route } from '../../http/route';
import { notModified } from '../../http/conditional';
import { browseNotificationsQuery, markReadBody } from './notifications.schema';
import { browseNotifications, markNotificationsRead, notificationStamp } from './notifications.service';

export const notificationsRoutes = [
  route({
    method: 'get',
    path: '/notifications',
    allow: 'signedIn',
    openToSupplierContacts: true,
    response: NotificationsPage,
    summary: 'My notifications, newest first, with the unread count; polled with If-None-Match (304 when unchanged)',
    query: browseNotificationsQuery,
    handle: async ({ req, res, db, lang, user, query }) => {
      // The stamp is one indexed aggregate; the list is only read when it changed (http/conditional.ts).
      const stamp = await notificationStamp(db, user.id);
      if (notModified(req, res, user.id, lang, req.originalUrl, stamp)) return undefined;
      return browseNotifications(db, user.id, lang, query);
    },
  }),
  route({
    method: 'post',
    path: '/notifications/read',
    allow: 'signedIn',
    openToSupplierContacts: true,
    response: NotificationsMarked,
    summary: 'Mark the listed notifications (or all) as read; returns the unread count',
    body: markReadBody,
    handle: ({ db, user, body }) => markNotificationsRead(db, user.id, body.ids),
  }),
];
