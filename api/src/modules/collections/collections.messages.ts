import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (collections.module.ts). */
export const collectionsMessages: MessageTable = {
  'collections.wholeFen': { zh: '金额应为整数（单位：分）', en: 'The amount must be a whole number of fen' },
  'collections.notPositive': { zh: '金额应大于 0', en: 'The amount must be more than 0' },
  'collections.reasonRequired': { zh: '请填写冲销原因', en: 'Give the reason for reversing the collection' },
  'collections.unknownCustomer': { zh: '找不到这个厂家，请重新选择', en: 'There is no such customer; choose one from the list' },
  'collections.unknownUnit': { zh: '收款单位应为总部或分部', en: 'The receiving unit must be head office or a branch' },
  'collections.inFuture': { zh: '收款日期不能晚于今天（{today}）', en: 'The date received cannot be later than today ({today})' },
  'collections.unknownInstalment': { zh: '该期收款计划不是这个厂家在本单位尚欠的款项，请重新选择', en: 'This instalment is not one this customer owes this unit; choose another' },
  'collections.duplicateInstalment': { zh: '同一期收款计划在一笔收款中只能分配一次', en: 'Each instalment can be allocated only once in a collection' },
  'collections.overInstalment': { zh: '超过该期尚欠金额 ¥{owed}', en: 'More than the ¥{owed} still owed on this instalment' },
  'collections.overAmount': { zh: '分配合计 ¥{allocated} 超过了收款金额，请减少分配', en: 'The allocations (¥{allocated}) exceed the amount received; allocate less' },
  'collections.alreadyReversed': { zh: '该收款已冲销', en: 'This collection has already been reversed' },
  'collections.advanceUsed': {
    zh: '这笔收款转入预收账款的 ¥{advance} 已在月末结转中部分冲抵应收，现仅余 ¥{balance}，不能冲销',
    en: 'Of the ¥{advance} this collection left in advances, only ¥{balance} remains (month-end applied the rest); it cannot be reversed',
  },
  'collections.memo': { zh: '收款 {number} {customer}', en: 'Collection {number} {customer}' },
  'collections.reversalMemo': { zh: '冲销收款 {number}', en: 'Reversal of collection {number}' },
};
