import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (negotiations.module.ts). */
export const negotiationsMessages: MessageTable = {
  'negotiations.required': { zh: '请填写此项', en: 'Fill this in' },
  'negotiations.noLines': { zh: '洽谈单至少保留一行', en: 'Keep at least one line' },
  'negotiations.notAParty': { zh: '只有采购单位的采购员和该供应商的联系人可以办理', en: 'Only the buying unit’s clerk and the supplier’s contact may do this' },
  'negotiations.beforeDeadline': { zh: '报价截止前不能发起洽谈：报价尚未公开', en: 'A negotiation opens only after the quote deadline, when the quotes are unsealed' },
  'negotiations.notQuoted': { zh: '该供应商没有对这张询价单报价', en: 'This supplier did not quote on the inquiry' },
  'negotiations.lineNotQuoted': { zh: '所选的行中有该供应商未报价的行', en: 'Some chosen lines were not quoted by this supplier' },
  'negotiations.unknownLine': { zh: '洽谈单上没有第 {lineNo} 行', en: 'The sheet has no line {lineNo}' },
  'negotiations.duplicateLine': { zh: '第 {lineNo} 行重复', en: 'Line {lineNo} appears twice' },
  'negotiations.staleVersion': {
    zh: '对方已修改了洽谈单，当前为第 {version} 版。请查看最新版本后再操作',
    en: 'The sheet has been changed meanwhile; version {version} is now current. Look at it and try again',
  },
  'negotiations.closed': { zh: '双方已同意，洽谈条款不能再修改', en: 'Both sides have agreed; the terms can no longer change' },
  'negotiations.alreadyAgreed': { zh: '您这一方已同意当前版本', en: 'Your side already agreed to the current version' },
  'negotiations.quantity.notPositive': { zh: '数量必须大于 0', en: 'The quantity must be more than 0' },
  'negotiations.quantity.notWhole': { zh: '该计量单位的数量须为整数', en: 'This unit is counted in whole numbers' },
  'negotiations.quantity.tooPrecise': { zh: '数量最多三位小数', en: 'At most three decimals' },
  'negotiations.quantity.tooLarge': { zh: '数量过大', en: 'The quantity is too large' },
  'notifications.negotiation.edited': { zh: '洽谈单 {number} 已被对方修改为第 {version} 版', en: 'The other side changed negotiation {number}: version {version}' },
  'notifications.negotiation.agreed': { zh: '对方已同意洽谈单 {number} 第 {version} 版', en: 'The other side agreed to version {version} of negotiation {number}' },
  'notifications.negotiation.commented': { zh: '洽谈单 {number} 有新留言', en: 'A new comment on negotiation {number}' },
};
