import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (payment-requests.module.ts). */
export const paymentRequestsMessages: MessageTable = {
  'paymentRequests.required': { zh: '请填写此项', en: 'Fill this in' },
  'paymentRequests.noOrders': { zh: '请至少选择一张订单', en: 'Choose at least one order' },
  'paymentRequests.bankRequired': { zh: '银行汇款须填写收款人的开户银行和账号', en: 'A bank transfer needs the payee’s bank and account number' },
  'paymentRequests.otherSupplier': { zh: '一张汇款申请只能包含同一供应商的订单', en: 'One payment request covers orders of one supplier only' },
  'paymentRequests.otherUnit': { zh: '一张汇款申请只能包含同一采购单位的订单', en: 'One payment request covers orders of one buying unit only' },
  'paymentRequests.overOwed': {
    zh: '申请金额 {amount} 超过了所选订单尚欠的 {owed}',
    en: 'The amount {amount} is more than the chosen orders still owe ({owed})',
  },
  'paymentRequests.notYourUnit': { zh: '只有该采购单位的网络采购员可以办理', en: 'Only a purchasing clerk of its buying unit can do this' },
  'paymentRequests.onlyMaker': { zh: '只有制单人可以作废这张汇款申请', en: 'Only the clerk who made this payment request can discard it' },
  'paymentRequests.discarded': { zh: '制单人已作废这张汇款申请', en: 'The clerk who made this payment request discarded it' },
  'paymentRequests.notAllowedNow': { zh: '汇款申请当前状态为“{status}”，不能执行此操作', en: 'The payment request is “{status}”; this cannot be done now' },
  'paymentRequests.notPaid': { zh: '这张汇款申请尚未付款，没有可冲销的付款', en: 'This request has not been paid; there is no payment to reverse' },
  'paymentRequests.alreadyReversed': { zh: '这笔付款已冲销', en: 'This payment has already been reversed' },
  'paymentRequests.card.toPay': { zh: '待付款的汇款申请', en: 'Payment requests to pay' },
  'paymentRequests.card.toPayHint': { zh: '已审批通过，等待财务付款', en: 'Approved and waiting for finance to pay' },
  'paymentRegister.title': { zh: '付款登记台账', en: 'Payment register' },
  'paymentRequests.awaitingReview': {
    zh: '合同订单 {orders} 的到货验收 {deliveries} 尚待部门负责人审核，审核后才能申请付款',
    en: 'Deliveries {deliveries} of contract order {orders} await the department head’s review; payment can be requested once they are reviewed',
  },
  'paymentRequests.notDelivered': {
    zh: '合同订单 {orders} 还没有到货验收，到货验收并经部门负责人审核后才能申请付款',
    en: 'Contract order {orders} has no delivery yet; payment can be requested once goods are received and the department head has reviewed them',
  },
  'paymentRequests.overReviewed': {
    zh: '申请金额 {amount} 超过可申请的 {owed}：合同订单只按已审核的到货结算，{deliveries} 尚待审核',
    en: 'The amount {amount} is more than the {owed} that may be requested: contract orders are settled only for reviewed deliveries, and {deliveries} await review',
  },
};
