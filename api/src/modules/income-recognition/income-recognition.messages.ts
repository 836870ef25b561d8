import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (income-recognition.module.ts). */
export const incomeRecognitionMessages: MessageTable = {
  'incomeRecognition.badPeriod': { zh: '会计期间应为某月的第一天（如 2026-11-01）', en: 'A period is the first day of a month (e.g. 2026-11-01)' },
  'incomeRecognition.periodNotOpen': {
    zh: '{period} 已结账或锁定，不能再结转收入；如需补记，请先在“会计期间”中反结账（已锁定的不能）',
    en: '{period} is closed or locked; income cannot be posted into it (if it is only closed, reopen it under Accounting periods first)',
  },
  'incomeRecognition.posted': { zh: '已为 {count} 份协议结转收入，合计 ¥{gross}', en: 'Income posted for {count|agreement|agreements}, ¥{gross} in all' },
  'incomeRecognition.nothingToPost': { zh: '{period} 没有需要结转的收入（已结转的协议不会重复记账）', en: 'Nothing to post for {period} (agreements already posted are not posted again)' },
};
