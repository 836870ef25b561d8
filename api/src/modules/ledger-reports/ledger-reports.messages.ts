import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (ledger-reports.module.ts). */
export const ledgerReportsMessages: MessageTable = {
  'ledgerReports.badPeriod': { zh: '月份格式应为 YYYY-MM（如 2026-11）', en: 'A month is written YYYY-MM (e.g. 2026-11)' },
  'ledgerReports.badAccount': { zh: '科目编码格式不对，应如 1122 或 6051.01.01', en: 'An account code looks like 1122 or 6051.01.01' },
  'ledgerReports.unknownAccount': { zh: '会计科目 {code} 不存在', en: 'There is no account {code}' },
  'ledgerReports.unknownUnit': { zh: '找不到这个单位', en: 'There is no such unit' },
  'ledgerReports.unknownCustomer': { zh: '找不到这个厂家', en: 'There is no such customer' },
  'ledgerReports.rangeReversed': { zh: '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  'ledgerReports.rangeTooLong': { zh: '一次最多查询 {max} 个月，请缩短日期范围', en: 'At most {max} months at a time; shorten the range' },
};
