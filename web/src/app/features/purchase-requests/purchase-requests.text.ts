import { PURCHASE_REQUEST_STATUS_LABELS, REQUEST_LINE_STATUS_LABELS } from '@portal/domain';
import type { Text } from '../../core/i18n/text';
import type { LineStatus, RequestStatus } from './purchase-requests.api';

/** The domain's words, so the list, the plan and the API's messages say the same. */
export const REQUEST_STATUS_LABELS: Record<RequestStatus, Text> = PURCHASE_REQUEST_STATUS_LABELS;
/** Where one line stands on its way to being bought (issue 12, item 7). */
export const LINE_STATUS_LABELS: Record<LineStatus, Text> = REQUEST_LINE_STATUS_LABELS;

export const PURCHASE_REQUESTS_TEXT = {
  title: { zh: '部门采购申请', en: 'Purchase requests' },
  total: { zh: '共 {total} 份', en: 'Total: {total}' },
  create: { zh: '新建申请', en: 'New request' },
  searchLabel: { zh: '搜索编号或部门', en: 'Search number or department' },
  clearSearch: { zh: '清除搜索', en: 'Clear search' },
  anyStatus: { zh: '全部状态', en: 'Any status' },
  anyUnit: { zh: '全部采购单位', en: 'Any buying unit' },
  anyMonth: { zh: '全部月份', en: 'Any month' },
  mine: { zh: '我创建的', en: 'Created by me' },
  number: { zh: '编号', en: 'Number' },
  department: { zh: '申请部门', en: 'Department' },
  buyingUnit: { zh: '采购单位', en: 'Buying unit' },
  month: { zh: '计划月份', en: 'Month' },
  cutoff: { zh: '申请截止日', en: 'Cut-off' },
  lineCount: { zh: '行数', en: 'Lines' },
  estimatedTotal: { zh: '预估金额', en: 'Estimated total' },
  late: { zh: '逾期', en: 'Late' },
  lateHint: { zh: '在本月截止日之后提交', en: 'Submitted after the month’s cut-off' },
  overBudget: { zh: '超预算', en: 'Over budget' },
  overBudgetHint: { zh: '超出部门预算 {amount}', en: '{amount} over the department’s budget' },
  overBudgetWarn: {
    zh: '本申请超出部门年度办公用品预算 {amount}，已按“预警”控制提交，公司计划将增加一级审批',
    en: 'This request is {amount} over the department’s office-supplies budget; the budget only warns, so it was submitted and the plan gets an extra approval step',
  },
  overBudgetStop: {
    zh: '超出部门预算 {amount}，该预算为“控制”方式，不能提交。请减少数量或删除部分行后再提交。',
    en: 'This is {amount} over the department’s budget, which is set to stop: it cannot be submitted. Lower quantities or remove lines, then submit again.',
  },

  // New request dialog
  newTitle: { zh: '新建采购申请', en: 'New purchase request' },
  newHint: {
    zh: '每个部门每月向每个采购单位提交一份申请',
    en: 'A department submits one request a month to each buying unit',
  },
  cutoffOn: { zh: '截止日 {day}', en: 'Cut-off {day}' },
  monthNotOpen: { zh: '{month} 不再接收申请', en: '{month} takes no more requests' },
  createButton: { zh: '创建草稿', en: 'Create draft' },
  created: { zh: '已创建申请 {number}', en: 'Created request {number}' },

  // Editor
  editTitle: { zh: '编辑申请 {number}', en: 'Edit request {number}' },
  backToList: { zh: '返回列表', en: 'Back to the list' },
  lines: { zh: '申请明细', en: 'Lines' },
  addLine: { zh: '添加一行', en: 'Add a line' },
  removeLine: { zh: '删除此行', en: 'Remove this line' },
  item: { zh: '物资', en: 'Item' },
  itemSearch: { zh: '搜索物资编码或名称', en: 'Search item code or name' },
  itemPick: { zh: '请从列表中选择物资，或改为“新物资”', en: 'Pick an item from the list, or switch to “new item”' },
  noItem: { zh: '没有匹配的物资，可改为“新物资”填写', en: 'No matching item; switch to “new item” to describe it' },
  newItem: { zh: '新物资', en: 'New item' },
  switchToNew: { zh: '目录中没有？改填新物资', en: 'Not listed? Describe a new item' },
  switchToCatalogue: { zh: '改为从目录选择', en: 'Pick from the catalogue instead' },
  newItemName: { zh: '名称', en: 'Name' },
  newItemSpec: { zh: '规格型号', en: 'Specification' },
  newItemUom: { zh: '单位', en: 'Unit' },
  quantity: { zh: '数量', en: 'Quantity' },
  neededBy: { zh: '需用日期', en: 'Needed by' },
  purpose: { zh: '用途', en: 'Purpose' },
  note: { zh: '备注', en: 'Note' },
  unitPrice: { zh: '预估单价', en: 'Est. unit price' },
  priceFrom: { zh: '{supplier} · {month}', en: '{supplier} · {month}' },
  noPrice: { zh: '暂无报价', en: 'No price yet' },
  newItemNoPrice: { zh: '新物资暂无价格', en: 'New item: no price' },
  lineAmount: { zh: '金额', en: 'Amount' },
  notWhole: { zh: '“{uom}”须为整数', en: '“{uom}” is counted in whole numbers' },
  notPositive: { zh: '数量须大于 0', en: 'Enter a quantity above 0' },
  tooPrecise: { zh: '最多 3 位小数', en: 'At most 3 decimals' },
  tooLarge: { zh: '数量过大', en: 'Quantity too large' },
  notNumber: { zh: '请输入数字', en: 'Enter a number' },
  estimatedHint: {
    zh: '按网络电商数据库中当前最低有效报价估算；新物资不计入',
    en: 'From the lowest eligible current price in the supplier price database; new items are not counted',
  },
  unpricedLines: { zh: '{count} 行暂无价格', en: '{count|line|lines} without a price' },
  save: { zh: '保存草稿', en: 'Save draft' },
  saveAndSubmit: { zh: '保存并提交', en: 'Save and submit' },
  submitTitle: { zh: '提交采购申请', en: 'Submit the request' },
  submitMessage: {
    zh: '提交 {number}？将送部门负责人审批，审批期间不能修改。',
    en: 'Submit {number}? It goes to the department head for approval and cannot be edited meanwhile.',
  },
  submitted: { zh: '{number} 已提交，等待部门负责人审批', en: '{number} submitted for the department head’s approval' },
  saved: { zh: '{number} 已保存', en: '{number} saved' },
  deleteDraft: { zh: '删除草稿', en: 'Delete draft' },
  deleteTitle: { zh: '删除草稿', en: 'Delete the draft' },
  deleteMessage: { zh: '删除 {number}？删除后不能恢复。', en: 'Delete {number}? This cannot be undone.' },
  deleted: { zh: '{number} 已删除', en: '{number} deleted' },
  stale: {
    zh: '该申请刚被他人修改，已为您刷新为最新内容，请核对后再保存',
    en: 'Someone else just changed this request; it has been reloaded, please check it and save again',
  },
  lateNotice: {
    zh: '本月申请截止日（{day}）已过，现在提交将标记为逾期',
    en: 'The month’s cut-off ({day}) has passed: submitted now, the request is marked late',
  },
  returnedNotice: {
    zh: '部门负责人已退回此申请，修改后可再次提交',
    en: 'The department head returned this request; change it and submit again',
  },
  rejectedNotice: {
    zh: '此申请已被驳回，可修改后重新提交',
    en: 'This request was rejected; you may change it and submit again',
  },

  // Read view
  submittedAt: { zh: '提交时间', en: 'Submitted' },
  createdBy: { zh: '申请人', en: 'Requested by' },
  lineStatus: { zh: '进展', en: 'Status' },
  reason: { zh: '原因：{reason}', en: 'Reason: {reason}' },
  fulfilment: { zh: '已订 {ordered} · 已收 {received}', en: '{ordered} ordered · {received} received' },
  approval: { zh: '审批', en: 'Approval' },
  openApproval: { zh: '打开审批单', en: 'Open the approval' },
  noApproval: { zh: '尚未提交审批', en: 'Not submitted for approval yet' },
  edit: { zh: '修改', en: 'Edit' },
  submit: { zh: '提交', en: 'Submit' },
} satisfies Record<string, Text>;
