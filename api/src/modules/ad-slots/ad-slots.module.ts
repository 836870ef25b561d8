import type { ModuleManifest } from '../../module';
import { adSlotsMessages } from './ad-slots.messages';
import { adSlotsRoutes } from './ad-slots.routes';

export const adSlotsModule: ModuleManifest = {
  name: 'ad-slots',
  routes: adSlotsRoutes,
  messages: adSlotsMessages,
  section: 'ad-slots',
};
