import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (supplier-contacts.module.ts). */
export const supplierContactsMessages: MessageTable = {
  'supplierContacts.supplierSuspended': {
    zh: '“{shop}”因扣分（本年 {points} 分）已{status}，暂停新业务至 {until}，不能邀请联系人',
    en: '"{shop}" is {status} for penalty points ({points} this year) and takes no new business until {until}: no contact can be invited',
  },
  'supplierContacts.supplierTerminated': {
    zh: '“{shop}”已于 {on} 终止合作，不能邀请联系人',
    en: 'The relationship with "{shop}" ended on {on}: no contact can be invited',
  },
  'supplierContacts.supplierInactive': { zh: '“{shop}”已停用，不能邀请联系人', en: '"{shop}" is deactivated: no contact can be invited' },
  'supplierContacts.untilRectified': { zh: '整改完成', en: 'it has rectified' },
  'supplierContacts.contactDisabled': { zh: '联系人“{name}”已停用', en: 'Contact "{name}" is disabled' },
  'supplierContacts.alreadyActive': { zh: '联系人“{name}”已是启用状态', en: 'Contact "{name}" is already active' },
  'supplierContacts.linkInvalid': {
    zh: '链接无效、已使用或已过期（72 小时），请联系采购员重新发送',
    en: 'This link is invalid, used or expired (72 hours); ask the purchasing clerk for a new one',
  },
};
