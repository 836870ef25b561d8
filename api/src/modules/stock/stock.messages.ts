import type { MessageTable } from '../../http/messages';

/** Registered at start by the module's manifest (stock.module.ts). */
export const stockMessages: MessageTable = {
  'stock.reasonRequired': { zh: '请填写原因', en: 'Say why' },
  'stock.notPositive': { zh: '数量应大于 0', en: 'The quantity must be more than 0' },
  'stock.notNegative': { zh: '盘点数量不能小于 0', en: 'A counted quantity cannot be below 0' },
  'stock.notWhole': { zh: '“{uom}”按整数计，不能填小数', en: 'Items counted in “{uom}” take whole numbers only' },
  'stock.tooPrecise': { zh: '数量最多保留 3 位小数', en: 'A quantity has at most 3 decimals' },
  'stock.tooLarge': { zh: '数量不能超过 {max}', en: 'A quantity cannot exceed {max}' },
  'stock.unknownItem': { zh: '没有这个物资', en: 'There is no such item' },
  'stock.unknownDepartment': { zh: '没有这个部门', en: 'There is no such department' },
  'stock.inFuture': { zh: '日期不能晚于今天（{today}）', en: 'The date cannot be later than today ({today})' },
  'stock.short': {
    zh: '库存不足：{name} 现有 {onHand}{uom}，不能领用 {quantity}{uom}',
    en: 'Not enough stock: {onHand} {uom} of {name} on hand, cannot issue {quantity} {uom}',
  },
  'stock.countMatches': {
    zh: '盘点数与账面库存一致（{onHand}{uom}），无需调整，未记录变动',
    en: 'The count matches the books ({onHand} {uom}); nothing to adjust, no move recorded',
  },
  'stock.countRecorded': { zh: '已按盘点调整 {delta}{uom}，现有 {onHand}{uom}', en: 'Adjusted by {delta} {uom} after the count; {onHand} {uom} on hand' },
  'stock.card.belowReorder': { zh: '低于补货点的物资', en: 'Items below their reorder level' },
  'stock.card.belowReorderHint': { zh: '{units}：库存不高于补货点，该补货了', en: '{units}: on hand at or below the reorder level' },
};
