import type { Knex } from 'knex';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import * as repo from './notifications.repo';

export interface NotificationInput {
  /** Also names the message: kind 'approval.returned' is shown with key 'notifications.approval.returned'. */
  kind: string;
  /** Message parameters; a { zh, en } value is shown in the reader's language. */
  params: Record<string, unknown>;
  /** Where the SPA goes when the notification is clicked. */
  link: string | null;
}

/**
 * Tells these users something happened. Call it with the transaction of the change
 * itself: a notification about an approval that rolled back must not exist.
 */
export async function notify(trx: Knex, userIds: readonly number[], n: NotificationInput): Promise<void> {
  const unique = [...new Set(userIds)];
  await repo.insertNotifications(
    trx,
    unique.map((user_id) => ({ user_id, kind: n.kind, params: n.params, link: n.link })),
  );
}

export function notificationStamp(db: Knex, userId: number) {
  return repo.notificationStamp(db, userId);
}

export async function browseNotifications(db: Knex, userId: number, lang: Lang, filter: repo.NotificationFilter) {
  const { items, total } = await repo.listNotifications(db, userId, filter);
  const stamp = await repo.notificationStamp(db, userId);
  return {
    items: items.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: t(`notifications.${r.kind}`, lang, r.params),
      link: r.link,
      read: r.read_at !== null,
      createdAt: r.created_at,
    })),
    total,
    unread: stamp.unread,
  };
}

/**
 * Not audited: whether a person has seen a notification is their own reading
 * state, like the session's last-seen time, not a change to the business record.
 */
export async function markNotificationsRead(db: Knex, userId: number, ids: number[] | undefined) {
  const marked = await repo.markRead(db, userId, ids);
  const stamp = await repo.notificationStamp(db, userId);
  return { marked, unread: stamp.unread };
}
