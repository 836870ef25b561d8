import { calendarDay } from '@portal/domain';
import { t } from '../../http/messages';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import { openPastPeriods } from './periods.repo';

// Month-end (结账) is finance's: a month that has ended and is still open is waiting for them.
export const periodsWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'periods.to-close',
    roles: ['finance'],
    load: async ({ db, lang }) => {
      const thisMonth = `${calendarDay(new Date()).slice(0, 7)}-01`;
      const open = await openPastPeriods(db, thisMonth);
      return {
        title: t('periods.card.toClose', lang),
        hint: open.length ? t('periods.card.toCloseHint', lang, { periods: open.map((p) => p.slice(0, 7)).join(lang === 'zh' ? '、' : ', ') }) : t('periods.card.noneHint', lang),
        count: open.length,
        total: null,
        link: { path: '/periods', query: {} },
        chart: null,
      };
    },
  },
];
