import type { ModuleManifest } from '../../module';
import { adRateCardsMessages } from './ad-rate-cards.messages';
import { adRateCardsRoutes } from './ad-rate-cards.routes';

export const adRateCardsModule: ModuleManifest = {
  name: 'ad-rate-cards',
  routes: adRateCardsRoutes,
  messages: adRateCardsMessages,
  section: 'ad-rate-cards',
};
