import { addMonths, AD_CARD_KEEPER_ROLES, MONTH_ABBR_EN } from '@portal/domain';
import type { MessageTable } from '../../http/messages';
import { t } from '../../http/messages';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import { draftOf, publishedCardOf } from './ad-rate-cards.repo';

export const adRateCardsWorkbenchMessages: MessageTable = {
  'adRateCards.card.nextMonth': { zh: '{year}年{month}月广告报价表尚未发布', en: 'The rate card for {monthName} {year} is not published yet' },
  'adRateCards.card.draftHint': { zh: '草稿第{revision}版已在编辑，核对价格后发布', en: 'Draft revision {revision} is in progress; check the prices and publish it' },
  'adRateCards.card.noDraftHint': { zh: '还没有草稿：从本月报价表复制一份开始', en: "No draft yet: start one from this month's card" },
};

/**
 * From the 20th the keepers are reminded, so the branches have next month's card
 * (DOMAIN.md §3: each month has its own, issued centrally) well before the 1st.
 */
export const NEXT_CARD_REMINDER_DAY = 20;

const nextMonthOf = (today: string) => addMonths(today.slice(0, 7), 1);

/** 2026年12月 / Dec 2026, as the dates in the user's language read. */
const monthWords = (month: string) => ({ year: month.slice(0, 4), month: Number(month.slice(5)), monthName: MONTH_ABBR_EN[Number(month.slice(5)) - 1] });

export const adRateCardsWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'ad-rate-cards.next-month',
    roles: AD_CARD_KEEPER_ROLES,
    shows: async ({ db, today }) => Number(today.slice(8)) >= NEXT_CARD_REMINDER_DAY && !(await publishedCardOf(db, nextMonthOf(today))),
    load: async ({ db, lang, today }) => {
      const month = nextMonthOf(today);
      const draft = await draftOf(db, month);
      return {
        title: t('adRateCards.card.nextMonth', lang, monthWords(month)),
        hint: draft ? t('adRateCards.card.draftHint', lang, { revision: draft.revision }) : t('adRateCards.card.noDraftHint', lang),
        count: null,
        total: null,
        link: draft ? { path: `/ad-rate-cards/${draft.id}`, query: {} } : { path: '/ad-rate-cards', query: {} },
        chart: null,
      };
    },
  },
];
