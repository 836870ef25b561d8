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

  'ad_agreement.create': label('新建广告协议', 'Created ad agreement'),
  'ad_agreement.update': label('修改广告协议', 'Ad agreement changed'),
  'ad_agreement.sign': label('签署广告协议', 'Signed ad agreement'),
  'ad_agreement.terminate': label('终止广告协议', 'Terminated ad agreement'),
  'ad_agreement.attach': label('上传协议资料', 'Sent agreement document'),
  'ad_agreement.receive': label('确认收到协议资料', 'Received agreement document'),

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

  'collection.create': label('登记收款', 'Recorded collection'),
  'collection.reverse': label('冲销收款', 'Reversed collection'),
  'income_recognition.run': label('月末结转', 'Ran month-end'),
  'purchase_order.create': label('登记网购订单', 'Recorded online order'),
  'purchase_order.cancel': label('取消网购订单', 'Cancelled online order'),
  'purchase_delivery.create': label('登记到货验收', 'Recorded delivery acceptance'),
  'purchase_order.from_contract': label('电子合同签订生成订单', 'Order from signed e-contract'),
  'purchase_delivery.review': label('审核到货验收', 'Reviewed delivery'),
  'virtual_contract.create': label('生成虚拟合同', 'Created virtual contract'),
  'virtual_contract.confirmed': label('确认虚拟合同', 'Virtual contract confirmed'),
  'virtual_contract.rejected': label('虚拟合同被驳回', 'Virtual contract rejected'),
  'virtual_contract.returned': label('虚拟合同被退回', 'Virtual contract returned'),
  'virtual_contract.withdrawn': label('撤回虚拟合同确认', 'Virtual contract confirmation withdrawn'),
  'virtual_contract.cancelled': label('虚拟合同作废（订单取消）', 'Virtual contract void (order cancelled)'),
  'payment_request.create': label('申请汇款', 'Raised payment request'),
  'payment_request.submit': label('汇款申请报审批', 'Submitted payment request for approval'),
  'payment_request.approved': label('汇款申请审批通过', 'Payment request approved'),
  'payment_request.rejected': label('汇款申请被驳回', 'Payment request rejected'),
  'payment_request.returned': label('汇款申请被退回修改', 'Payment request returned for changes'),
  'payment_request.withdrawn': label('撤回汇款申请', 'Payment request withdrawn'),
  'payment_request.discard': label('作废汇款申请', 'Discarded payment request'),
  'payment.pay': label('登记付款', 'Recorded payment'),
  'payment.reverse': label('冲销付款', 'Reversed payment'),
  'purchase_invoice.create': label('登记发票', 'Recorded invoice'),
  'purchase_invoice.sign': label('签收发票', 'Signed for invoice'),
  'invoice_handover.create': label('发票交接', 'Handed invoices over'),
  'invoice_handover.confirm': label('财务确认收到发票', 'Finance confirmed invoices received'),
  'negotiation.open': label('发起洽谈', 'Opened negotiation'),
  'negotiation.edit': label('修改洽谈条款', 'Edited negotiation terms'),
  'negotiation.agree': label('同意洽谈版本', 'Agreed negotiation version'),
  'negotiation.comment': label('洽谈留言', 'Commented on negotiation'),
  'e_contract.create': label('生成电子合同', 'Generated e-contract'),
  'e_contract.submit': label('电子合同报审批', 'Submitted e-contract for approval'),
  'e_contract.approved': label('电子合同审批通过', 'E-contract approved'),
  'e_contract.rejected': label('电子合同被驳回', 'E-contract rejected'),
  'e_contract.returned': label('电子合同被退回', 'E-contract returned'),
  'e_contract.withdrawn': label('撤回电子合同审批', 'E-contract approval withdrawn'),
  'e_contract.sign': label('签署电子合同', 'Signed e-contract'),

  'supplier_contact.invite': label('邀请供应商联系人', 'Invited supplier contact'),
  'supplier_contact.reinvite': label('重发供应商联系人链接', 'Sent supplier contact a new link'),
  'supplier_contact.set_password': label('供应商联系人设置密码', 'Supplier contact set password'),
  'supplier_contact.deactivate': label('停用供应商联系人', 'Deactivated supplier contact'),
  'supplier_contact.reactivate': label('重新启用供应商联系人', 'Reactivated supplier contact'),
  'inquiry.create': label('发出询价单', 'Sent inquiry'),
  'inquiry.close': label('关闭询价单', 'Closed inquiry'),
  'inquiry.quote': label('供应商报价', 'Supplier quoted'),

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
  ad_agreement: label('广告协议', 'Ad agreement'),
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
  collection: label('收款', 'Collection'),
  income_recognition: label('收入确认', 'Income recognition'),
  purchase_order: label('网购订单', 'Online order'),
  purchase_delivery: label('到货验收', 'Delivery acceptance'),
  virtual_contract: label('虚拟合同', 'Virtual contract'),
  payment_request: label('汇款申请', 'Payment request'),
  payment: label('付款登记', 'Payment'),
  purchase_invoice: label('采购发票', 'Purchase invoice'),
  invoice_handover: label('发票交接单', 'Invoice handover'),
  negotiation: label('洽谈单', 'Negotiation sheet'),
  e_contract: label('电子合同', 'E-contract'),
  supplier_contact: label('供应商联系人', 'Supplier contact'),
  inquiry: label('询价单', 'Inquiry'),
  system: label('系统', 'System'),
} as const;

export type AuditEntity = keyof typeof AUDIT_ENTITY_LABELS;

export function isAuditAction(code: string): code is AuditAction {
  return Object.hasOwn(AUDIT_ACTION_LABELS, code);
}

export function isAuditEntity(code: string): code is AuditEntity {
  return Object.hasOwn(AUDIT_ENTITY_LABELS, code);
}
