import { AD_QUOTE_STATUSES, AD_QUOTE_STATUS_LABELS, AD_QUOTER_ROLES, addDays, dayIn, type Role } from '@portal/domain';
import type { MessageTable } from '../../http/messages';
import { t } from '../../http/messages';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import * as repo from './ad-quotes.repo';
import { scopeOf } from './ad-quotes.service';

export const adQuotesWorkbenchMessages: MessageTable = {
  'adQuotes.card.drafts': { zh: '我的草稿与退回报价单', en: 'My drafts and returned quotes' },
  'adQuotes.card.draftsHint': { zh: '退回或驳回的报价单回到草稿，改好后重新提交', en: 'Returned or rejected quotes come back as drafts; fix and submit them again' },
  'adQuotes.card.expiring': { zh: '7 天内到期的报价单', en: 'Quotes expiring within 7 days' },
  'adQuotes.card.expiringHint': { zh: '已批准或已发送，{until}（含）前到期', en: 'Approved or sent, valid until {until} at the latest' },
  'adQuotes.card.sent': { zh: '等待客户确认的报价单', en: 'Quotes awaiting the customer' },
  'adQuotes.card.sentHint': { zh: '已发送客户、尚在有效期内', en: 'Sent to the customer and still valid' },
  'adQuotes.card.byStatus': { zh: '本月报价单状态', en: 'Quotes this month by status' },
  'adQuotes.card.byStatusHint': { zh: '本月新建的报价单', en: 'Quotes created this month' },
  'adQuotes.card.quotes': { zh: '报价单', en: 'Quotes' },
};

// Who follows a quote to the customer: the quoters and the branch marketers who hand it over.
const FOLLOWERS: readonly Role[] = [...AD_QUOTER_ROLES, 'branch_marketer'];
// Finance books the income, so it watches what customers have in hand too.
const WATCHERS: readonly Role[] = [...FOLLOWERS, 'finance'];

/** How soon an unanswered quote counts as expiring: a week, long enough to call the customer. */
const EXPIRING_DAYS = 7;

const list = (query: Record<string, string> = {}) => ({ path: '/ad-quotes', query });

export const adQuotesWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'ad-quotes.drafts',
    roles: AD_QUOTER_ROLES,
    load: async ({ db, user, lang }) => ({
      title: t('adQuotes.card.drafts', lang),
      hint: t('adQuotes.card.draftsHint', lang),
      count: await repo.countMyDrafts(db, user.id, await scopeOf(db, user.roles)),
      total: null,
      link: list({ status: 'draft' }),
      chart: null,
    }),
  },
  {
    id: 'ad-quotes.expiring',
    roles: FOLLOWERS,
    load: async ({ db, user, lang, today }) => {
      const until = addDays(today, EXPIRING_DAYS);
      return {
        title: t('adQuotes.card.expiring', lang),
        hint: t('adQuotes.card.expiringHint', lang, { until: dayIn(until, lang) }),
        count: await repo.countValidUntil(db, await scopeOf(db, user.roles), ['approved', 'sent'], today, until),
        total: null,
        link: list(),
        chart: null,
      };
    },
  },
  {
    id: 'ad-quotes.sent',
    roles: WATCHERS,
    load: async ({ db, user, lang, today }) => ({
      title: t('adQuotes.card.sent', lang),
      hint: t('adQuotes.card.sentHint', lang),
      // A sent quote past its valid-until day is expired, no longer awaiting anyone.
      count: await repo.countValidUntil(db, await scopeOf(db, user.roles), ['sent'], today, '9999-12-31'),
      total: null,
      link: list({ status: 'sent' }),
      chart: null,
    }),
  },
  {
    id: 'ad-quotes.by-status',
    roles: WATCHERS,
    load: async ({ db, user, lang, today }) => {
      // The month starts at midnight China time, as the quote numbers' months do.
      const since = `${today.slice(0, 7)}-01T00:00:00+08:00`;
      const counts = new Map((await repo.statusCountsSince(db, await scopeOf(db, user.roles), since, today)).map((r) => [r.status, r.n]));
      const shown = AD_QUOTE_STATUSES.filter((s) => counts.has(s));
      return {
        title: t('adQuotes.card.byStatus', lang),
        hint: t('adQuotes.card.byStatusHint', lang),
        count: null,
        total: null,
        link: list(),
        chart: {
          type: 'bar',
          labels: shown.map((s) => AD_QUOTE_STATUS_LABELS[s][lang]),
          series: [{ label: t('adQuotes.card.quotes', lang), data: shown.map((s) => counts.get(s) ?? 0) }],
        },
      };
    },
  },
];
