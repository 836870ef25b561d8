import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (purchase-plans.module.ts). */
export const purchasePlansMessages: MessageTable = {
  'purchasePlans.badMonth': { zh: '月份格式应为 YYYY-MM（如 2026-11）', en: 'A month is written YYYY-MM (e.g. 2026-11)' },
  'purchasePlans.badUnit': { zh: '采购单位只能是办公室（OFFICE）或供应处（SUPPLY）', en: 'The buying unit is OFFICE (General Office) or SUPPLY (Supply Dept)' },
  'purchasePlans.reasonRequired': { zh: '削减或顺延需填写原因（申请人可见）', en: 'Cutting or deferring needs a reason (the requester sees it)' },
  'purchasePlans.notYourUnit': { zh: '只有该采购单位的网络采购员可以编制其采购计划', en: "Only the buying unit's own purchasing clerk keeps its plans" },
  'purchasePlans.alreadyOpen': { zh: '本月采购计划已建立（{number}），请打开它继续编制', en: "This month's plan is already open ({number}); open it to carry on" },
  'purchasePlans.notAllowedNow': { zh: '采购计划当前状态为“{status}”，不能提交', en: 'The plan is {status}; it cannot be submitted now' },
  'purchasePlans.proposedReasonRequired': {
    zh: '建议采购量与“申请量 − 库存”（{netted}）不同，请填写原因',
    en: 'The proposed quantity differs from requested − stock ({netted}); say why',
  },
  'purchasePlans.qty.notPositive': { zh: '数量不能为负数', en: 'The quantity cannot be negative' },
  'purchasePlans.qty.notWhole': { zh: '计量单位“{uom}”只能是整数', en: 'The unit "{uom}" is counted in whole numbers' },
  'purchasePlans.qty.tooPrecise': { zh: '数量最多三位小数', en: 'A quantity has at most three decimals' },
  'purchasePlans.qty.tooLarge': { zh: '数量过大', en: 'The quantity is too large' },
  'purchasePlans.submit.unmapped': {
    zh: '还有 {count} 条自填新物资未对应到物资目录，请先对应后再提交',
    en: '{count|free-text line is|free-text lines are} not mapped to a catalogue item yet; map them before submitting',
  },
  'purchasePlans.submit.pending': {
    zh: '还有 {count} 条逾期申请未决定列入或顺延，请先处理',
    en: '{count|late line waits|late lines wait} for you to include or defer them',
  },
  'purchasePlans.submit.noLines': { zh: '计划中没有任何物资，无需报批', en: 'The plan has nothing to buy; there is nothing to approve' },
};
