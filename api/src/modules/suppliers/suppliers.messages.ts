import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (suppliers.module.ts). */
export const suppliersMessages: MessageTable = {
  'suppliers.shopTaken': { zh: '{platform}上已有名为“{shop}”的店铺', en: 'There is already a shop called "{shop}" on {platform}' },
  'suppliers.badUrl': { zh: '请填写以 http:// 或 https:// 开头的网址', en: 'Enter a web address starting with http:// or https://' },
  'suppliers.badTaxpayerId': { zh: '统一社会信用代码应为 18 位且校验位正确', en: 'The unified social credit code must be 18 characters with a valid check character' },
  'suppliers.eventInFuture': { zh: '日期不能晚于今天', en: 'The date cannot be later than today' },
  'suppliers.alreadyTerminated': {
    zh: '该供应商已终止合作，不再记录扣分或整改',
    en: 'The relationship with this supplier has ended; no more points or rectifications are recorded',
  },
  'suppliers.points.violation': { zh: '每次违规扣 1–100 分', en: 'A violation carries 1 to 100 points' },
  'suppliers.points.rectified': { zh: '按期整改可减 10–30 分', en: 'Rectifying on time removes 10 to 30 points' },
  'suppliers.points.rectification_ignored': { zh: '逾期未整改加 10–20 分', en: 'Ignoring the deadline adds 10 to 20 points' },
  'suppliers.noOpenRectification': {
    zh: '该供应商当前没有待整改事项（累计达到 50 分暂停合作时才需要整改）',
    en: 'This supplier has no open rectification (one is opened when its points reach 50)',
  },
  'suppliers.outcomeOtherYear': { zh: '整改结果须记在暂停合作的当年', en: 'Record the outcome in the year of the suspension' },
  'suppliers.deadlineNotPassed': {
    zh: '整改期限 {rectifyBy} 尚未到期，不能记为逾期未整改',
    en: 'The rectification deadline {rectifyBy} has not passed yet',
  },
  'suppliers.rectifyByBeforeEvent': { zh: '整改期限不能早于记录日期', en: 'The rectification deadline cannot be before the event date' },
  'suppliers.notEligible': {
    zh: '供应商“{shop}”当前状态为“{status}”，不能用于新的采购',
    en: 'The supplier "{shop}" is {status} and cannot be chosen for new purchases',
  },
  'suppliers.inactive': { zh: '已停用', en: 'deactivated' },
};
