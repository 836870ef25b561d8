import type { Text } from '../../core/i18n/text';

export const NOTIFICATIONS_TEXT = {
  bell: { zh: '通知', en: 'Notifications' },
  bellUnread: { zh: '通知（{count} 条未读）', en: 'Notifications ({count} unread)' },
  heading: { zh: '通知', en: 'Notifications' },
  markAllRead: { zh: '全部标为已读', en: 'Mark all read' },
  empty: { zh: '暂无通知', en: 'No notifications' },
  unread: { zh: '未读', en: 'Unread' },
  inbox: { zh: '待我审批', en: 'Waiting for me' },
  inboxCount: { zh: '待我审批：{count} 项', en: 'Waiting for me: {count}' },
} satisfies Record<string, Text>;
