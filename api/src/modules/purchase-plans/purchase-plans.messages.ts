import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (purchase-plans.module.ts). */
export const purchasePlansMessages: MessageTable = {
  'purchasePlans.badMonth': { zh: '月份格式应为 YYYY-MM（如 2026-11）', en: 'A month is written YYYY-MM (e.g. 2026-11)' },
  'purchasePlans.badUnit': { zh: '采购单位只能是办公室（OFFICE）或供应处（SUPPLY）', en: 'The buying unit is OFFICE (General Office) or SUPPLY (Supply Dept)' },
  'purchasePlans.reasonRequired': { zh: '削减或顺延需填写原因（申请人可见）', en: 'Cutting or deferring needs a reason (the requester sees it)' },
};
