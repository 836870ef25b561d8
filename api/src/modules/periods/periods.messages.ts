import type { DatabaseProblem } from '../../http/db-problems';
import type { MessageTable } from '../../http/messages';

export const periodsMessages: MessageTable = {
  'periods.badPeriod': { zh: '会计期间格式应为 YYYY-MM（如 2026-11）', en: 'A period is a month written YYYY-MM (e.g. 2026-11)' },
  'periods.reasonRequired': { zh: '反结账必须填写原因', en: 'Give the reason for reopening the period' },
  'periods.unknown': { zh: '会计期间 {period} 不存在', en: 'There is no period {period}' },
  'periods.cannot.closed': { zh: '{period} 不是未结账状态，只有未结账的期间可以结账', en: '{period} is not open; only an open period can be closed' },
  'periods.cannot.open': { zh: '{period} 未结账或已锁定，不能反结账；只有已结账且未锁定的期间可以反结账', en: '{period} is open or locked; only a closed period that is not locked can be reopened' },
  'periods.cannot.locked': { zh: '{period} 不是已结账状态，只有已结账的期间可以锁定', en: '{period} is not closed; only a closed period can be locked' },
  'periods.db.transition': { zh: '会计期间只能按 未结账 → 已结账 → 已锁定 推进，或将已结账的期间反结账；锁定后不可更改', en: 'A period moves open → closed → locked, or is reopened from closed; locked is final' },
  'periods.card.toClose': { zh: '待结账的会计期间', en: 'Past periods to close' },
  'periods.card.noneHint': { zh: '以前月份均已结账，无需处理', en: 'Every past month is closed' },
  'periods.card.toCloseHint': { zh: '以下以前月份尚未结账：{periods}', en: 'Past months still open: {periods}' },
};

export const periodsDatabaseProblems: Record<string, DatabaseProblem> = {
  accounting_periods_transition: { status: 409, key: 'periods.db.transition', path: 'status' },
};
