import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (ad-discount-authority.module.ts). */
export const adDiscountAuthorityMessages: MessageTable = {
  'adDiscountAuthority.belowFloor': {
    zh: '{role}的权限不能低于最低折扣 {floor}',
    en: 'The authority of {role} cannot be below the floor of {floor}',
  },
};
