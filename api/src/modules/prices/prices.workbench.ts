import { addDays, BUYING_UNIT_LABELS, monthRange } from '@portal/domain';
import type { MessageTable } from '../../http/messages';
import { t } from '../../http/messages';
import { editableUnits } from '../items/items.service';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import { collectionProgress, pricesPerDay } from './prices.collection.repo';

export const pricesWorkbenchMessages: MessageTable = {
  'prices.card.collection': { zh: '本月价格采集进度', en: "This month's price collection" },
  'prices.card.collectionHint': { zh: '{units}：已采集价格的物资 / 在用物资', en: '{units}: items priced this month of active items' },
  'prices.card.byWeek': { zh: '本月每周录入价格', en: 'Prices recorded per week this month' },
  'prices.card.byWeekHint': { zh: '{units}，按采集日期', en: '{units}, by the day observed' },
  'prices.card.week': { zh: '第{n}周', en: 'Week {n}' },
  'prices.card.prices': { zh: '价格条数', en: 'Prices' },
};

const unitNames = (units: readonly ('OFFICE' | 'SUPPLY')[], lang: 'zh' | 'en') =>
  units.map((u) => BUYING_UNIT_LABELS[u][lang]).join(lang === 'zh' ? '、' : ', ');

// Only a clerk who keeps a buying unit's prices collects them; readers see the collection tab instead.
export const pricesWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'prices.collection',
    roles: ['purchasing_clerk'],
    shows: async ({ db, user }) => (await editableUnits(db, user)).length > 0,
    load: async ({ db, user, lang, today }) => {
      const units = await editableUnits(db, user);
      const range = monthRange(today.slice(0, 7));
      const progress = await Promise.all(units.map((u) => collectionProgress(db, u, range)));
      return {
        title: t('prices.card.collection', lang),
        hint: t('prices.card.collectionHint', lang, { units: unitNames(units, lang) }),
        count: progress.reduce((s, p) => s + p.priced, 0),
        total: progress.reduce((s, p) => s + p.total, 0),
        link: { path: '/prices/collection', query: {} },
        chart: null,
      };
    },
  },
  {
    id: 'prices.by-week',
    roles: ['purchasing_clerk'],
    shows: async ({ db, user }) => (await editableUnits(db, user)).length > 0,
    load: async ({ db, user, lang, today }) => {
      const units = await editableUnits(db, user);
      const month = today.slice(0, 7);
      const perDay = await pricesPerDay(db, units, monthRange(month));
      // Weeks of the month as a clerk counts them: days 1–7 are week 1, 8–14 week 2, …
      const weeks = Math.ceil(Number(addDays(monthRange(month).until, -1).slice(8)) / 7);
      const data = Array.from({ length: weeks }, () => 0);
      for (const d of perDay) data[Math.floor((Number(d.day.slice(8)) - 1) / 7)] += d.n;
      return {
        title: t('prices.card.byWeek', lang),
        hint: t('prices.card.byWeekHint', lang, { units: unitNames(units, lang) }),
        count: null,
        total: null,
        link: { path: '/prices/history', query: {} },
        chart: {
          type: 'bar',
          labels: data.map((_, i) => t('prices.card.week', lang, { n: i + 1 })),
          series: [{ label: t('prices.card.prices', lang), data }],
        },
      };
    },
  },
];
