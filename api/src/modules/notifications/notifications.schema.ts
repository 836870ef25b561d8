import { z } from 'zod';
import { listQuery } from '../../http/validate';

export const browseNotificationsQuery = z.object({
  page: listQuery.page,
  pageSize: listQuery.pageSize,
  unreadOnly: z.enum(['true', 'false']).transform((v) => v === 'true').default(false),
});

/** Either the listed notifications, or every unread one when ids is left out. */
export const markReadBody = z.object({
  ids: z.array(z.number().int().positive()).min(1).max(500).optional(),
});
