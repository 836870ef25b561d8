import type { Knex } from 'knex';
import { pageOf } from '../../db/paging';

export interface NotificationRow {
  id: number;
  user_id: number;
  kind: string;
  params: Record<string, unknown>;
  link: string | null;
  read_at: Date | null;
  created_at: Date;
}

export async function insertNotifications(
  trx: Knex,
  rows: { user_id: number; kind: string; params: Record<string, unknown>; link: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await trx('notifications').insert(rows.map((r) => ({ ...r, params: JSON.stringify(r.params) })));
}

export interface NotificationFilter {
  unreadOnly: boolean;
  page: number;
  pageSize: number;
}

export async function listNotifications(db: Knex, userId: number, f: NotificationFilter): Promise<{ items: NotificationRow[]; total: number }> {
  const base = db('notifications').where('user_id', userId).modify((qb) => {
    if (f.unreadOnly) qb.whereNull('read_at');
  });
  return pageOf(base, f, (qb) =>
    qb
      .orderBy('id', 'desc')
      .select('*'),
  );
}

export interface NotificationStamp {
  total: number;
  unread: number;
  last_id: number | null;
  last_read_at: Date | null;
}

/** Changes whenever a notification arrives or is read: what the poll's ETag is made of. */
export async function notificationStamp(db: Knex, userId: number): Promise<NotificationStamp> {
  const row = await db('notifications')
    .where('user_id', userId)
    .first(
      db.raw('count(*)::int as total'),
      db.raw('(count(*) filter (where read_at is null))::int as unread'),
      db.raw('max(id) as last_id'),
      db.raw('max(read_at) as last_read_at'),
    );
  return row as NotificationStamp;
}

/** Marks the user's own notifications read (all of them when ids is undefined); returns how many changed. */
export async function markRead(db: Knex, userId: number, ids: number[] | undefined): Promise<number> {
  return db('notifications')
    .where('user_id', userId)
    .whereNull('read_at')
    .modify((qb) => {
      if (ids) qb.whereIn('id', ids);
    })
    .update({ read_at: db.fn.now() });
}
