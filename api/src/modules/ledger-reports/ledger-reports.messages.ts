import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (ledger-reports.module.ts). */
export const ledgerReportsMessages: MessageTable = {
  'ledgerReports.badPeriod': { zh: '月份格式应为 YYYY-MM', en: 'A month is written YYYY-MM' },
  'ledgerReports.badAccount': { zh: '科目代码格式不对（如 1122 或 6051.01.01）', en: 'An account code looks like 1122 or 6051.01.01' },
  'ledgerReports.unknownAccount': { zh: '没有科目 {code}', en: 'There is no account {code}' },
  'ledgerReports.unknownUnit': { zh: '没有这个单位', en: 'There is no such unit' },
  'ledgerReports.unknownCustomer': { zh: '没有这个厂家', en: 'There is no such customer' },
  'ledgerReports.rangeReversed': { zh: '结束日期不能早于开始日期', en: 'The end cannot come before the start' },
  'ledgerReports.rangeTooLong': { zh: '一次最多查询 {max} 个月', en: 'At most {max} months at a time' },
};
