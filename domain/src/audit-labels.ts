/**
 * What the audit trail's codes mean to a reader (issue 11: 发布报价表 / Published rate card, not
 * `ad_rate_card.publish`). The API's audit() only accepts codes named here, so a module that
 * writes a new action without a label does not compile; the web's audit log shows these labels.
 */

const label = (zh: string, en: string) => ({ zh, en });

export const AUDIT_ACTION_LABELS = {
  'auth.login': label('登录', 'Signed in'),
  'auth.login_failed': label('登录失败', 'Sign-in failed'),
  'auth.locked': label('账户锁定', 'Account locked'),
  'auth.logout': label('退出登录', 'Signed out'),

  'user.create': label('新建用户', 'Created user'),
  'user.update': label('修改用户', 'User changed'),
  'user.disable': label('停用用户', 'Disabled user'),
  'user.reset_password': label('重置密码', 'Reset password'),
  'user.unlock': label('解锁用户', 'Unlocked user'),
  'user.grant_role': label('授予角色', 'Granted role'),
  'user.revoke_role': label('撤销角色', 'Revoked role'),

  'unit.create': label('新建单位', 'Created unit'),
  'unit.update': label('修改单位', 'Unit changed'),

  'customer.create': label('新建客户', 'Created customer'),
  'customer.update': label('修改客户', 'Customer changed'),

  'attachment.create': label('上传附件', 'Uploaded attachment'),

  'ad_slot.create': label('新建广告位', 'Created ad slot'),
  'ad_slot.update': label('修改广告位', 'Ad slot changed'),

  'ad_rate_card.create': label('新建报价表', 'Created rate card'),
  'ad_rate_card.update': label('修改报价表', 'Rate card changed'),
  'ad_rate_card.publish': label('发布报价表', 'Published rate card'),

  'ad_discount_authority.update': label('修改折扣权限', 'Discount authority changed'),

  'purchase_plan.create': label('建立月度采购计划', 'Opened purchase plan'),
  'purchase_plan.update': label('修改采购计划', 'Purchase plan changed'),
  'purchase_plan.refresh': label('重新汇总采购计划', 'Purchase plan consolidated again'),
  'purchase_plan.reopen': label('修改已批准的采购计划（退回草稿）', 'Changed approved purchase plan (back to draft)'),
  'purchase_plan.submit': label('采购计划报领导审批', 'Submitted purchase plan for approval'),
  'purchase_plan.approved': label('采购计划审批通过', 'Purchase plan approved'),
  'purchase_plan.rejected': label('采购计划被驳回', 'Purchase plan rejected'),
  'purchase_plan.returned': label('采购计划被退回修改', 'Purchase plan returned for changes'),
  'purchase_plan.withdrawn': label('撤回采购计划审批', 'Purchase plan approval withdrawn'),

  'ad_quote.create': label('新建报价单', 'Created quote'),
  'ad_quote.update': label('修改报价单', 'Quote changed'),
  'ad_quote.reopen': label('修改退回的报价单', 'Reworked returned quote'),
  'ad_quote.submit': label('提交报价单审批', 'Submitted quote for approval'),
  'ad_quote.approved': label('报价单审批通过', 'Quote approved'),
  'ad_quote.rejected': label('报价单被驳回', 'Quote rejected'),
  'ad_quote.returned': label('报价单被退回修改', 'Quote returned for changes'),
  'ad_quote.withdrawn': label('撤回报价单审批', 'Quote approval withdrawn'),
  'ad_quote.send': label('报价单发给客户', 'Sent quote to customer'),
  'ad_quote.accept': label('客户接受报价', 'Customer accepted quote'),
  'ad_quote.decline': label('客户拒绝报价', 'Customer declined quote'),
  'ad_quote.cancel': label('作废报价单', 'Cancelled quote'),

  'approval.submit': label('提交审批', 'Submitted for approval'),
  'approval.approve': label('审批同意', 'Approved'),
  'approval.reject': label('审批驳回', 'Rejected'),
  'approval.return': label('退回修改', 'Returned for changes'),
  'approval.withdraw': label('撤回审批', 'Withdrew request'),
  'approval_policy.update': label('修改审批流程', 'Approval policy changed'),
  'approval_delegation.create': label('设置审批代理', 'Delegated approvals'),
  'approval_delegation.delete': label('取消审批代理', 'Ended delegation'),

  'item.create': label('新建物资', 'Created item'),
  'item.update': label('修改物资', 'Item changed'),
  'item.deactivate': label('停用物资', 'Deactivated item'),
  'item.reactivate': label('重新启用物资', 'Reactivated item'),

  'price.create': label('录入价格', 'Recorded price'),
  'price.correct': label('更正价格', 'Corrected price'),
  'price.import': label('导入价格', 'Imported prices'),
  'budget.set': label('设置部门预算', 'Set department budget'),

  'supplier.create': label('新建供应商', 'Created supplier'),
  'supplier.update': label('修改供应商', 'Supplier changed'),
  'supplier.deactivate': label('停用供应商', 'Deactivated supplier'),
  'supplier.violation': label('记录供应商违规', 'Recorded supplier violation'),
  'supplier.rectified': label('供应商整改完成', 'Supplier rectified'),
  'supplier.rectification_ignored': label('供应商逾期未整改', 'Supplier ignored rectification'),

  'planning_calendar.update': label('修改采购计划日历', 'Planning calendar changed'),

  'purchase_request.create': label('新建采购申请', 'Created purchase request'),
  'purchase_request.update': label('修改采购申请', 'Purchase request changed'),
  'purchase_request.delete': label('删除采购申请草稿', 'Deleted draft purchase request'),
  'purchase_request.submit': label('提交采购申请', 'Submitted purchase request'),
  'purchase_request.approved': label('采购申请部门审批通过', 'Purchase request approved'),
  'purchase_request.rejected': label('采购申请被驳回', 'Purchase request rejected'),
  'purchase_request.returned': label('采购申请被退回修改', 'Purchase request returned for changes'),
  'purchase_request.withdrawn': label('撤回采购申请', 'Purchase request withdrawn'),
  'purchase_request.map_line': label('新物资对应到物资目录', 'Mapped new item to catalogue'),
  'stock_move.receipt': label('手工入库', 'Received stock'),
  'stock_move.issue': label('物资领用', 'Issued stock'),
  'stock_move.count': label('库存盘点调整', 'Stock count adjusted'),
  'journal_entry.post': label('记账', 'Posted journal entry'),
  'journal_entry.reverse': label('冲销凭证', 'Reversed journal entry'),
  'account.create': label('新增会计科目', 'Added account'),
  'accounting_period.close': label('结账', 'Closed period'),
  'accounting_period.reopen': label('反结账', 'Reopened period'),
  'accounting_period.lock': label('锁定会计期间', 'Locked period'),

  'seed.demo': label('载入演示数据', 'Loaded demo data'),
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** The kinds of record the trail names; each has a page in the web unless said otherwise there. */
export const AUDIT_ENTITY_LABELS = {
  user: label('用户', 'User'),
  unit: label('单位', 'Unit'),
  customer: label('客户', 'Customer'),
  attachment: label('附件', 'Attachment'),
  ad_slot: label('广告位', 'Ad slot'),
  ad_rate_card: label('广告报价表', 'Rate card'),
  ad_discount_authority: label('折扣权限', 'Discount authority'),
  ad_quote: label('广告报价单', 'Ad quote'),
  purchase_plan: label('公司采购计划', 'Purchase plan'),
  approval_request: label('审批申请', 'Approval request'),
  approval_policy: label('审批流程', 'Approval policy'),
  approval_delegation: label('审批代理', 'Approval delegation'),
  item: label('物资', 'Item'),
  price_observation: label('价格记录', 'Price record'),
  price_import: label('价格导入', 'Price import'),
  budget: label('办公用品预算', 'Office-supplies budget'),
  supplier: label('供应商', 'Supplier'),
  planning_calendar: label('采购计划日历', 'Planning calendar'),
  purchase_request: label('采购申请', 'Purchase request'),
  stock_move: label('库存变动', 'Stock move'),
  journal_entry: label('记账凭证', 'Journal entry'),
  account: label('会计科目', 'Account'),
  accounting_period: label('会计期间', 'Accounting period'),
  system: label('系统', 'System'),
} as const;

export type AuditEntity = keyof typeof AUDIT_ENTITY_LABELS;

export function isAuditAction(code: string): code is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_LABELS, code);
}

export function isAuditEntity(code: string): code is AuditEntity {
  return Object.hasOwn(AUDIT_ENTITY_LABELS, code);
}
