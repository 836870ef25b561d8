import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (purchase-requests.module.ts). */
export const purchaseRequestsMessages: MessageTable = {
  'purchaseRequests.itemOrNew': { zh: '请选择目录中的物资，或填写新物资的名称和单位（二选一）', en: 'Choose a catalogue item or describe a new item (name and unit), not both' },
  'purchaseRequests.unknownItem': { zh: '{unit}的物资目录中没有这个物资（或已停用）', en: 'There is no such active item in the catalogue of {unit}' },
  'purchaseRequests.quantityNotPositive': { zh: '数量必须大于 0', en: 'The quantity must be more than 0' },
  'purchaseRequests.quantityNotWhole': { zh: '单位为“{uom}”的物资数量必须是整数', en: 'A quantity in {uom} must be a whole number' },
  'purchaseRequests.quantityTooPrecise': { zh: '数量最多保留三位小数', en: 'A quantity has at most three decimals' },
  'purchaseRequests.quantityTooLarge': { zh: '数量不能超过 {max}', en: 'The quantity cannot be more than {max}' },
  'purchaseRequests.notRequester': { zh: '您不是“{unit}”的申请人，不能以该部门名义提出申请', en: 'You are not a requester of {unit} and cannot ask on its behalf' },
  'purchaseRequests.noDepartment': { zh: '您没有用料部门申请人角色', en: 'You hold no requester role in any department' },
  'purchaseRequests.duplicate': {
    zh: '{department}{month}向{unit}的采购申请已存在（{number}），请在原申请中修改',
    en: '{department} already has a {month} request to {unit} ({number}); change that one instead',
  },
  'purchaseRequests.monthNotOpen': {
    zh: '{unit}{month}的采购计划{status}，不再受理部门申请，请联系网络采购员',
    en: 'The {month} plan of {unit} is {status} and takes no more department requests; ask its purchasing clerk',
  },
  'purchaseRequests.notAllowedNow': { zh: '采购申请当前状态为“{status}”，不能{action}', en: 'The request is {status}; it cannot be {action} now' },
  'purchaseRequests.action.edit': { zh: '修改', en: 'changed' },
  'purchaseRequests.action.submit': { zh: '提交', en: 'submitted' },
  'purchaseRequests.action.delete': { zh: '删除', en: 'deleted' },
  'purchaseRequests.noLines': { zh: '采购申请至少需要一行物资', en: 'A request needs at least one line' },
  'purchaseRequests.overBudget': {
    zh: '超出预算 ¥{amount}：{department}本年度办公用品预算为“超支禁止”，请减少数量或联系办公室',
    en: 'Over budget by ¥{amount}: the office-supplies budget of {department} stops requests beyond it; reduce the quantities or ask the General Office',
  },
  'purchaseRequests.lineNotNew': { zh: '只有新物资（自由填写）的行需要对应到物资目录', en: 'Only a free-text new item is mapped to the catalogue' },
  'purchaseRequests.notClerkOf': { zh: '只有{unit}的网络采购员可以对应该单位的物资', en: 'Only the purchasing clerk of {unit} maps its items' },
};
