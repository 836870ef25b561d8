import type { ModuleManifest } from '../../module';
import { adAgreementsMessages } from './ad-agreements.messages';
import { adAgreementsRoutes } from './ad-agreements.routes';
import { adAgreementsWorkbench } from './ad-agreements.workbench';

export const adAgreementsModule: ModuleManifest = {
  name: 'ad-agreements',
  routes: adAgreementsRoutes,
  messages: adAgreementsMessages,
  section: 'ad-agreements',
  workbench: adAgreementsWorkbench,
};
