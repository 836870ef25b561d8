import { PLANNING_STATUS_LABELS } from '@portal/domain';
import type { Text } from '../../core/i18n/text';
import type { CalendarStatus } from './planning-calendar.api';

/** A month's state in the domain's words, as the API's messages say it. */
export const CALENDAR_STATUS_LABELS: Record<CalendarStatus, Text> = PLANNING_STATUS_LABELS;

/** What each state means for a department, under the status choice. */
export const CALENDAR_STATUS_HINTS: Record<CalendarStatus, Text> = {
  open: { zh: '各部门可提交本月申请；截止日后提交的标记为逾期', en: 'Departments may submit; after the cut-off a request is marked late' },
  consolidating: { zh: '采购员正在汇总，不再接收新申请', en: 'The clerk is consolidating; no new requests are taken' },
  closed: { zh: '本月计划已结束', en: 'The month is over' },
};

export const PLANNING_CALENDAR_TEXT = {
  title: { zh: '采购计划日历', en: 'Planning calendar' },
  unit: { zh: '采购单位', en: 'Buying unit' },
  year: { zh: '年度', en: 'Year' },
  previousYear: { zh: '上一年', en: 'Previous year' },
  nextYear: { zh: '下一年', en: 'Next year' },
  month: { zh: '月份', en: 'Month' },
  cutoff: { zh: '申请截止日', en: 'Cut-off date' },
  cutoffHint: { zh: '默认为上月 20 日', en: 'By default the 20th of the month before' },
  defaultCutoff: { zh: '默认', en: 'Default' },
  defaultCutoffHint: { zh: '未设置，按默认规则', en: 'Not set: the default applies' },
  readOnly: { zh: '只读', en: 'Read only' },
  readOnlyHint: {
    zh: '日历由该单位的网络采购员维护',
    en: 'The unit’s purchasing clerk keeps this calendar',
  },
  editMonth: { zh: '编辑 {month}', en: 'Edit {month}' },
  editAria: { zh: '编辑{month}的截止日和状态', en: 'Edit the cut-off and status of {month}' },
  current: { zh: '本月', en: 'This month' },
  updatedBy: { zh: '{name} 修改于 {at}', en: 'Changed by {name}, {at}' },
  saved: { zh: '{month} 已保存', en: '{month} saved' },
  stale: {
    zh: '{month} 刚被他人修改，已为您刷新，请核对后再操作',
    en: 'Someone else just changed {month}; it has been reloaded, please check and try again',
  },
  noUnit: { zh: '您没有可查看的采购单位', en: 'No buying unit to show' },
} satisfies Record<string, Text>;
