import type { ModuleManifest } from '../../module';
import { planningCalendarMessages } from './planning-calendar.messages';
import { planningCalendarRoutes } from './planning-calendar.routes';

export const planningCalendarModule: ModuleManifest = {
  name: 'planning-calendar',
  routes: planningCalendarRoutes,
  messages: planningCalendarMessages,
  section: 'planning-calendar',
};
