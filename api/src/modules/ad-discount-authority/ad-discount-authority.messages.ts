import { registerMessages } from '../../http/messages';

registerMessages({
  'adDiscountAuthority.belowFloor': {
    zh: '{role}的权限不能低于最低折扣 {floor}',
    en: 'The authority of {role} cannot be below the floor of {floor}',
  },
});
