import type { ModuleManifest } from '../../module';
import { adDiscountAuthorityMessages } from './ad-discount-authority.messages';
import { adDiscountAuthorityRoutes } from './ad-discount-authority.routes';

export const adDiscountAuthorityModule: ModuleManifest = {
  name: 'ad-discount-authority',
  routes: adDiscountAuthorityRoutes,
  messages: adDiscountAuthorityMessages,
  section: 'approval-policies',
};
