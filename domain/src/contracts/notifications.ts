import { z } from 'zod';
import { id, timestamp } from './common';

/** One in-app notification, its title already in the reader's language. */
export const AppNotification = z.object({
  id,
  kind: z.string(),
  title: z.string(),
  /** Where the SPA goes when it is clicked, e.g. /approvals/requests/7. */
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: timestamp,
});
export type AppNotification = z.infer<typeof AppNotification>;

export const NotificationsPage = z.object({ items: z.array(AppNotification), total: z.number().int(), unread: z.number().int() });
export type NotificationsPage = z.infer<typeof NotificationsPage>;

/** POST /api/notifications/read. */
export const NotificationsMarked = z.object({ marked: z.number().int(), unread: z.number().int() });
export type NotificationsMarked = z.infer<typeof NotificationsMarked>;
