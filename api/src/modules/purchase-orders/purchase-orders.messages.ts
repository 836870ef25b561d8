import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (purchase-orders.module.ts). */
export const purchaseOrdersMessages: MessageTable = {
  'purchaseOrders.notYourUnit': { zh: '只有该采购单位的网络采购员可以登记', en: 'Only the buying unit’s own purchasing clerk can record this' },
  'purchaseOrders.planNotApproved': {
    zh: '采购计划 {number} 尚未批准（当前：{status}），不能据此下单',
    en: 'Purchase plan {number} is not approved (it is {status}); nothing can be ordered from it yet',
  },
  'purchaseOrders.notPlanLine': { zh: '这一行不属于所选采购计划，请重新选择', en: 'This line is not in the chosen plan; choose again' },
  'purchaseOrders.lineTwice': { zh: '同一计划行在一张订单中只能出现一次', en: 'A plan line may appear only once in an order' },
  'purchaseOrders.overApproved': {
    zh: '“{name}”已批准 {approved}{uom}，已下单 {ordered}{uom}，最多还能订 {orderable}{uom}；超出部分需先调整采购计划',
    en: '{approved} {uom} of {name} approved, {ordered} {uom} already ordered: at most {orderable} {uom} more; more needs the plan changed first',
  },
  'purchaseOrders.reasonRequired': {
    zh: '单价比网络电商数据库最低价 ¥{lowest} 高出 {above}%（超过 {tolerance}%），请填写原因',
    en: 'The price is {above}% above the lowest price in the database (¥{lowest}), more than {tolerance}%: give the reason',
  },
  'purchaseOrders.amountMismatch': { zh: '金额应为 数量 × 单价 = ¥{expected}', en: 'The amount should be quantity × unit price = ¥{expected}' },
  'purchaseOrders.totalMismatch': { zh: '实付金额应为 货款 + 运费 − 优惠 = ¥{expected}', en: 'The total paid should be goods + freight − discount = ¥{expected}' },
  'purchaseOrders.discountTooLarge': { zh: '平台优惠不能超过货款与运费之和', en: 'The platform discount cannot exceed goods plus freight' },
  'purchaseOrders.platformNameRequired': { zh: '平台为“其他”时请填写平台名称', en: 'Name the platform when it is “Other”' },
  'purchaseOrders.platformNameNotAllowed': { zh: '只有平台为“其他”时才填写平台名称', en: 'Give a platform name only when the platform is “Other”' },
  'purchaseOrders.supplierRequired': { zh: '请选择供应商，或填写新供应商的店铺名称', en: 'Choose a supplier or give the new shop’s name' },
  'purchaseOrders.unknownSupplier': { zh: '找不到这个供应商，请重新选择', en: 'There is no such supplier; choose one from the list' },
  'purchaseOrders.supplierSuspended': {
    zh: '供应商“{shop}”本年度违规扣分 {points} 分，已暂停新业务，至 {until} 前不能下单（整改期限或年底扣分清零）',
    en: 'The supplier “{shop}” has {points} penalty points this year and is suspended from new business: no orders until {until} (its rectification deadline or the year-end reset)',
  },
  'purchaseOrders.supplierTerminated': {
    zh: '供应商“{shop}”本年度违规扣分 {points} 分，已于 {since} 终止合作，本年度内不能再下单',
    en: 'The supplier “{shop}” reached {points} penalty points and was terminated on {since}: no orders from it this year',
  },
  'purchaseOrders.supplierInactive': { zh: '供应商“{shop}”已停用，不能下单，请选择其他供应商', en: 'The supplier “{shop}” is deactivated and cannot be ordered from; choose another' },
  'purchaseOrders.duplicateOrderNo': {
    zh: '{platform} 平台订单号 {orderNo} 已经登记过，请勿重复登记',
    en: '{platform} order number {orderNo} is already recorded; do not record it twice',
  },
  'purchaseOrders.inFuture': { zh: '日期不能晚于今天（{today}）', en: 'The date cannot be later than today ({today})' },
  'purchaseOrders.beforeOrder': { zh: '到货日期不能早于下单日期 {orderedOn}', en: 'Goods cannot arrive before the order date {orderedOn}' },
  'purchaseOrders.notOrderLine': { zh: '这一行不属于本订单', en: 'This line is not part of this order' },
  'purchaseOrders.notReceived': { zh: '到货数量应大于 0，合格与拒收数量不能为负数', en: 'The quantity received must be above 0, and the accepted and rejected quantities cannot be negative' },
  'purchaseOrders.sumMismatch': { zh: '到货数量应等于合格数量加拒收数量', en: 'The quantity received must equal accepted plus rejected' },
  'purchaseOrders.rejectReasonRequired': { zh: '有拒收时请填写拒收原因', en: 'Give the reason the goods were rejected' },
  'purchaseOrders.overDelivered': {
    zh: '“{name}”订购 {ordered}{uom}，此前已到 {before}{uom}，本次最多 {left}{uom}',
    en: '{ordered} {uom} of {name} ordered and {before} {uom} already arrived: at most {left} {uom} this time',
  },
  'purchaseOrders.noFile': { zh: '请选择平台订单页面（PDF 或图片）', en: 'Choose the platform’s order page (PDF or image)' },
  'purchaseOrders.vcLocked': {
    zh: '虚拟合同 {number} {status}，不能再更换平台订单页面',
    en: 'Virtual contract {number} is {status}; its order page cannot be replaced',
  },
  'purchaseOrders.vcConfirmed': { zh: '已确认', en: 'confirmed' },
  'purchaseOrders.vcSubmitted': { zh: '正在等待部门负责人确认', en: 'awaiting the department head’s confirmation' },
  'purchaseOrders.badMonth': { zh: '月份格式应为 YYYY-MM（如 2026-11）', en: 'A month is written YYYY-MM (e.g. 2026-11)' },
  'purchaseOrders.badOrderNo': { zh: '平台订单号只能包含字母、数字、- 和 _', en: 'A platform order number holds only letters, digits, - and _' },
  'purchaseOrders.orderPage': { zh: '平台订单页面', en: 'Platform order page' },
  'purchaseOrders.cancelReasonRequired': { zh: '请填写取消订单的原因', en: 'Give the reason for cancelling the order' },
  'purchaseOrders.cancel.alreadyCancelled': { zh: '订单 {number} 已经取消', en: 'Order {number} is already cancelled' },
  'purchaseOrders.cancel.delivered': {
    zh: '订单 {number} 已有到货验收记录（{deliveries}），不能取消；不要的货请在验收时拒收退货',
    en: 'Order {number} has deliveries recorded ({deliveries}) and cannot be cancelled; to return unwanted goods, reject them at acceptance',
  },
  'purchaseOrders.cancel.invoiced': {
    zh: '订单 {number} 已登记发票 ¥{amount}，不能取消',
    en: 'Order {number} has invoices recorded (¥{amount}) and cannot be cancelled',
  },
  'purchaseOrders.cancel.paid': { zh: '订单 {number} 已付款 ¥{amount}，不能取消', en: 'Order {number} has been paid (¥{amount}) and cannot be cancelled' },
  'purchaseOrders.cancel.paymentRequested': {
    zh: '订单 {number} 还有付款申请 {requests}，不能取消：草稿或已退回的申请请先作废，审批中的先撤回再作废',
    en: 'Order {number} still has payment requests ({requests}) and cannot be cancelled: discard a draft or returned one first; withdraw one awaiting approval, then discard it',
  },
  'purchaseOrders.orderCancelled': { zh: '订单 {number} 已取消，不能再登记', en: 'Order {number} is cancelled; nothing more can be recorded against it' },
  'purchaseOrders.card.awaitingReview': { zh: '待审核的合同到货', en: 'Contract deliveries to review' },
  'purchaseOrders.card.awaitingReviewHint': { zh: '已验收入库，审核后才能申请付款', en: 'Received and in stock; payment can be requested once you review them' },
  'purchaseOrders.headReviews': { zh: '到货审核由该采购单位的部门负责人进行', en: 'Deliveries are reviewed by the buying unit’s department head' },
  'purchaseOrders.reviewOwnDelivery': {
    zh: '到货验收 {number} 是您登记的，需由另一位负责人审核',
    en: 'You recorded delivery {number}; another head must review it',
  },
  'purchaseOrders.reviewNotNeeded': { zh: '网购订单的到货验收 {number} 无需审核', en: 'Delivery {number} is of an online order and needs no review' },
  'purchaseOrders.alreadyReviewed': { zh: '到货验收 {number} 已经审核过了', en: 'Delivery {number} has already been reviewed' },
  'purchaseOrders.contractHasNoVc': {
    zh: '订单 {number} 来自已签订的电子合同，合同即为依据，无需上传平台订单页面',
    en: 'Order {number} comes from a signed e-contract, which is its contract: no platform order page is needed',
  },
  'purchaseOrders.contractNotCancellable': {
    zh: '订单 {number} 来自已签订的电子合同 {contract}，不能在此取消',
    en: 'Order {number} comes from the signed e-contract {contract} and cannot be cancelled here',
  },
};
