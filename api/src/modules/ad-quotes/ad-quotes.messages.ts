import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (ad-quotes.module.ts). */
export const adQuotesMessages: MessageTable = {
  'adQuotes.endsBeforeStart': { zh: '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  'adQuotes.unknownSlot': { zh: '没有这个广告位', en: 'There is no such ad slot' },
  'adQuotes.slotInactive': { zh: '广告位“{slot}”已停用，不能报价', en: 'The ad slot "{slot}" is deactivated and cannot be quoted' },
  'adQuotes.noCard': {
    zh: '{month} 还没有发布广告报价表，无法按该月价格报价',
    en: 'No rate card is published for {month}, so there is no list price to quote from',
  },
  'adQuotes.slotNotOnCard': {
    zh: '广告位“{slot}”不在 {month} 的报价表（第{revision}版）中',
    en: 'The ad slot "{slot}" is not on the {month} rate card (revision {revision})',
  },
  'adQuotes.unknownCustomer': { zh: '没有这个客户', en: 'There is no such customer' },
  'adQuotes.customerInactive': { zh: '客户“{name}”已停用', en: 'The customer "{name}" is deactivated' },
  'adQuotes.badUnit': { zh: '报价单位只能是总部或分部', en: 'A quote belongs to head office or a branch' },
  'adQuotes.notYourUnit': { zh: '您不能以“{unit}”的名义报价', en: 'You cannot quote on behalf of {unit}' },
  'adQuotes.unitFixed': { zh: '报价单已编号，不能改为其他单位', en: 'The quote is numbered for its unit; the unit cannot change' },
  'adQuotes.validUntilPast': { zh: '有效期不能早于今天', en: 'The valid-until date cannot be in the past' },
  'adQuotes.internalCopy': {
    zh: '内部副本含审批记录，分部营销人员只能下载给客户的报价单',
    en: 'The internal copy carries the approval trail; branch marketers download the customer copy only',
  },
  'adQuotes.noLines': { zh: '报价单至少需要一个广告位', en: 'A quote needs at least one slot' },
  'adQuotes.belowFloor': {
    zh: '整单实付 {share}，低于最低折扣：最低只能给到{floor}',
    en: 'The quote is at {share}, below the floor: the lowest possible is {floor}',
  },
  'adQuotes.notAllowedNow': { zh: '报价单当前状态为“{status}”，不能{action}', en: 'The quote is {status}; it cannot be {action} now' },
  'adQuotes.slotTaken': {
    zh: '广告位“{slot}”在 {startsOn} 至 {endsOn} 已被报价单 {number} 占用（客户已接受），不能重复预订',
    en: 'The ad slot "{slot}" is already booked from {startsOn} to {endsOn} by quote {number} (accepted); it cannot be booked twice',
  },
  'adQuotes.action.submit': { zh: '提交', en: 'submitted' },
  'adQuotes.action.send': { zh: '发送客户', en: 'sent' },
  'adQuotes.action.accept': { zh: '标记为客户已接受', en: 'accepted' },
  'adQuotes.action.decline': { zh: '标记为客户已拒绝', en: 'declined' },
  'adQuotes.action.cancel': { zh: '作废', en: 'cancelled' },
  'adQuotes.action.edit': { zh: '修改', en: 'edited' },
  // Printed on the quote PDF/XLSX: where the discount approval stands.
  'adQuotes.doc.notSubmitted': { zh: '未提交审批', en: 'Not submitted for approval' },
  'adQuotes.doc.withinAuthority': { zh: '无需审批（在报价人折扣权限内）', en: "No approval needed (within the quoter's discount authority)" },
  'adQuotes.doc.waiting': { zh: '待{unit}{role}审批', en: 'Waiting for the {role} of {unit}' },
  'adQuotes.doc.approved': { zh: '折扣已审批通过', en: 'Discount approved' },
  'adQuotes.doc.backToDraft': { zh: '已退回修改', en: 'Returned for changes' },
  // Bounds on dates and amounts (ad-quotes.bounds.ts)
  'adQuotes.flightTooLong': { zh: '投放期最长 {max} 天', en: 'A flight can be at most {max} days long' },
  'adQuotes.flightStartsInPast': { zh: '新报价的投放不能早于今天（{today}）开始', en: 'A new quote cannot have a flight that starts before today ({today})' },
  'adQuotes.amountTooLarge': { zh: '金额 ¥{amount} 超过上限 ¥{max}', en: 'The amount ¥{amount} is above the limit of ¥{max}' },
  'adQuotes.validUntilTooFar': { zh: '有效期最晚到 {max}（一年内）', en: 'A quote can be valid until {max} at the latest (one year ahead)' },
};
