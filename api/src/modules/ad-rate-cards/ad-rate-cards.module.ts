import type { ModuleManifest } from '../../module';
import { adRateCardsWorkbench, adRateCardsWorkbenchMessages } from './ad-rate-cards.workbench';
import { adRateCardsMessages } from './ad-rate-cards.messages';
import { adRateCardsRoutes } from './ad-rate-cards.routes';

export const adRateCardsModule: ModuleManifest = {
  name: 'ad-rate-cards',
  routes: adRateCardsRoutes,
  messages: { ...adRateCardsMessages, ...adRateCardsWorkbenchMessages },
  section: 'ad-rate-cards',
  workbench: adRateCardsWorkbench,
};
