import { BUYING_UNIT_LABELS, type BuyingUnit } from '@portal/domain';
import { t } from '../../http/messages';
import { editableUnits } from '../items/items.service';
import type { WorkbenchCardProvider } from '../workbench/workbench.registry';
import { countBelowReorder } from './stock.repo';

const unitNames = (units: readonly BuyingUnit[], lang: 'zh' | 'en') => units.map((u) => BUYING_UNIT_LABELS[u][lang]).join(lang === 'zh' ? '、' : ', ');

// The clerk who keeps a store is the one who buys more: the card is theirs alone.
export const stockWorkbench: WorkbenchCardProvider[] = [
  {
    id: 'stock.below-reorder',
    roles: ['purchasing_clerk'],
    shows: async ({ db, user }) => (await editableUnits(db, user)).length > 0,
    load: async ({ db, user, lang }) => {
      const units = await editableUnits(db, user);
      return {
        title: t('stock.card.belowReorder', lang),
        hint: t('stock.card.belowReorderHint', lang, { units: unitNames(units, lang) }),
        count: await countBelowReorder(db, units),
        total: null,
        link: { path: '/stock', query: { belowReorder: 'true' } },
        chart: null,
      };
    },
  },
];
