import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (customers.module.ts). */
export const customersMessages: MessageTable = {
  'customers.badUscc': {
    zh: '统一社会信用代码应为18位（数字和大写字母，不含 I、O、S、V、Z），且校验位正确',
    en: 'The unified social credit code has 18 characters (digits and capitals without I, O, S, V, Z) and a correct check character',
  },
  'customers.usccTaken': { zh: '该统一社会信用代码已登记为客户“{name}”', en: 'This credit code is already registered to the customer "{name}"' },
};
