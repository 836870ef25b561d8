import type { DatabaseProblem } from '../../http/db-problems';
import type { MessageTable } from '../../http/messages';

export const periodsMessages: MessageTable = {
  'periods.badPeriod': { zh: '会计期间应为 YYYY-MM', en: 'A period is a month, YYYY-MM' },
  'periods.reasonRequired': { zh: '反结账必须填写原因', en: 'Say why the period is reopened' },
  'periods.unknown': { zh: '没有会计期间 {period}', en: 'There is no period {period}' },
  'periods.cannot.closed': { zh: '{period} 不是开放状态，只有开放的期间可以结账', en: '{period} is not open; only an open period can be closed' },
  'periods.cannot.open': { zh: '{period} 不是已结账状态（已锁定的期间不能反结账），不能反结账', en: '{period} is not closed (a locked period is never reopened); it cannot be reopened' },
  'periods.cannot.locked': { zh: '{period} 不是已结账状态，只有已结账的期间可以锁定', en: '{period} is not closed; only a closed period can be locked' },
  'periods.db.transition': { zh: '会计期间只能 开放→结账→锁定，或结账后反结账；锁定后不可更改', en: 'A period moves open → closed → locked, or closed → open; locked is final' },
  'periods.card.toClose': { zh: '待结账的会计期间', en: 'Past periods still open' },
  'periods.card.noneHint': { zh: '以前月份均已结账', en: 'Every past month is closed' },
  'periods.card.toCloseHint': { zh: '以前月份仍开放：{periods}', en: 'Past months still open: {periods}' },
};

export const periodsDatabaseProblems: Record<string, DatabaseProblem> = {
  accounting_periods_transition: { status: 409, key: 'periods.db.transition', path: 'status' },
};
