import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (purchase-ledgers.module.ts). */
export const purchaseLedgersMessages: MessageTable = {
  'purchaseLedgers.badMonth': { zh: '月份格式应为 YYYY-MM（如 2026-11）', en: 'A month is written YYYY-MM (e.g. 2026-11)' },
  'purchaseLedgers.badStatus': { zh: '这个台账没有“{status}”状态，可选：{allowed}', en: 'This ledger has no status “{status}”; choose one of: {allowed}' },
  'purchaseLedgers.tooMany': {
    zh: '要导出的记录有 {count} 条，超过 {max} 条：请按月份或单位缩小范围',
    en: '{count|row matches|rows match}, more than the {max} that can be exported at once: narrow it down by month or unit',
  },
};
