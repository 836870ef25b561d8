import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '@portal/domain';
import type { Text } from '../../core/i18n/text';

export const AUDIT_TEXT = {
  title: { zh: '审计日志', en: 'Audit log' },
  total: { zh: '共 {total} 条', en: 'Total: {total}' },
  searchLabel: { zh: '搜索操作人、对象或内容', en: 'Search actor, record or content' },
  clearSearch: { zh: '清除搜索', en: 'Clear search' },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
  entity: { zh: '对象类型', en: 'Record type' },
  anyEntity: { zh: '全部类型', en: 'All types' },
  action: { zh: '操作', en: 'Action' },
  anyAction: { zh: '全部操作', en: 'All actions' },
  dateRange: { zh: '日期范围', en: 'Date range' },
  from: { zh: '开始日期', en: 'From' },
  to: { zh: '结束日期', en: 'To' },
  dateHint: { zh: '含首尾两天', en: 'Both days included' },
  badDate: { zh: '日期无效', en: 'Not a valid date' },
  openCalendar: { zh: '打开日历', en: 'Open calendar' },
  time: { zh: '时间', en: 'Time' },
  actor: { zh: '操作人', en: 'Actor' },
  record: { zh: '对象', en: 'Record' },
  ip: { zh: 'IP 地址', en: 'IP address' },
  system: { zh: '系统', en: 'System' },
  onlyActor: { zh: '只看{name}的操作', en: 'Only what {name} did' },
  actorFilter: { zh: '操作人：{name}', en: 'Actor: {name}' },
  openRecord: { zh: '打开{record}', en: 'Open {record}' },
  internalId: { zh: '内部编号：{id}', en: 'Internal id: {id}' },
  removeActorFilter: { zh: '取消按操作人筛选', en: 'Stop filtering by actor' },
  expand: { zh: '展开详情', en: 'Show details' },
  collapse: { zh: '收起详情', en: 'Hide details' },

  // detail
  requestId: { zh: '请求编号', en: 'Request id' },
  entryId: { zh: '日志编号', en: 'Entry id' },
  changes: { zh: '变更内容', en: 'What changed' },
  field: { zh: '字段', en: 'Field' },
  before: { zh: '修改前', en: 'Before' },
  after: { zh: '修改后', en: 'After' },
  value: { zh: '值', en: 'Value' },
  unchanged: { zh: '未变更的字段（{n}）', en: 'Unchanged fields ({n})' },
  noChanges: { zh: '此操作未记录数据变更', en: 'No data change was recorded for this action' },
  added: { zh: '新增', en: 'added' },
  removed: { zh: '移除', en: 'removed' },
} satisfies Record<string, Text>;

/** What the trail's codes mean to a reader: one table in domain/, which the API's audit() is held to. */
export const ACTION_LABELS: Readonly<Record<string, Text>> = AUDIT_ACTION_LABELS;
export const ENTITY_LABELS: Readonly<Record<string, Text>> = AUDIT_ENTITY_LABELS;

/** A code's label, or the code itself in both languages. */
export function labelOf(labels: Readonly<Record<string, Text>>, code: string): Text {
  return labels[code] ?? { zh: code, en: code };
}
