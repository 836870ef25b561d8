import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (planning-calendar.module.ts). */
export const planningCalendarMessages: MessageTable = {
  'planningCalendar.badMonth': { zh: '月份应为 YYYY-MM，且月份在 01 到 12 之间', en: 'A month is YYYY-MM with the month between 01 and 12' },
  'planningCalendar.notBuyingUnit': { zh: '只有办公室和供应处有采购计划日历', en: 'Only the General Office and the Supply Dept keep a planning calendar' },
  'planningCalendar.notYourUnit': { zh: '只有{unit}的网络采购员可以维护其采购计划日历', en: 'Only the purchasing clerk of {unit} keeps its planning calendar' },
  'planningCalendar.cutoffAfterMonth': { zh: '截止日期不能晚于该月最后一天', en: 'The cut-off cannot be after the last day of the month' },
  'planningCalendar.cutoffTooEarly': { zh: '截止日期最早为该月之前三个月的 1 日', en: 'The cut-off can be at most three months before the month starts' },
};
