import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (collections.module.ts). */
export const collectionsMessages: MessageTable = {
  'collections.wholeFen': { zh: '金额以分为单位，应为整数', en: 'An amount is whole fen' },
  'collections.notPositive': { zh: '金额应大于 0', en: 'The amount must be more than 0' },
  'collections.reasonRequired': { zh: '请填写冲销原因', en: 'Say why the collection is reversed' },
  'collections.unknownCustomer': { zh: '没有这个厂家', en: 'There is no such customer' },
  'collections.unknownUnit': { zh: '收款单位应为总部或分部', en: 'The receiving unit must be head office or a branch' },
  'collections.inFuture': { zh: '收款日期不能晚于今天（{today}）', en: 'The date received cannot be later than today ({today})' },
  'collections.unknownInstalment': { zh: '该收款计划不属于这个厂家在本单位的待收款项', en: 'This instalment is not one this customer owes this unit' },
  'collections.duplicateInstalment': { zh: '同一期收款计划只能分配一次', en: 'An instalment can be allocated once' },
  'collections.overInstalment': { zh: '超过该期尚欠金额 ¥{owed}', en: 'More than the ¥{owed} still owed on this instalment' },
  'collections.overAmount': { zh: '分配合计 ¥{allocated} 超过收款金额', en: 'The allocations (¥{allocated}) exceed the amount received' },
  'collections.alreadyReversed': { zh: '该收款已冲销', en: 'This collection has already been reversed' },
  'collections.advanceUsed': {
    zh: '该笔收款转入预收账款的 ¥{advance} 已有部分在月末结转中冲抵应收，现余 ¥{balance}，不能冲销',
    en: 'Of the ¥{advance} this collection left in advances, only ¥{balance} remains (month-end applied the rest); it cannot be reversed',
  },
  'collections.memo': { zh: '收款 {number} {customer}', en: 'Collection {number} {customer}' },
  'collections.reversalMemo': { zh: '冲销收款 {number}', en: 'Reversal of collection {number}' },
};
