import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (ad-slots.module.ts). */
export const adSlotsMessages: MessageTable = {
  'adSlots.codeTaken': { zh: '广告位编号“{code}”已被使用', en: 'The slot code "{code}" is already in use' },
  'adSlots.badCode': { zh: '编号只能使用字母、数字、短横线和下划线', en: 'Use letters, digits, - and _ only in the code' },
};
