import type { PlanLine, PlanSource } from '../app/features/purchase-plans/purchase-plans.api';

/** 办公室's plan line for A4 paper the plan specs edit: 12 asked, 5 on hand, 7 to buy at ¥23.50. */
export const PAPER_LINE: PlanLine = {
  id: 31,
  item: { id: 4, code: 'OF-0001', name: 'A4 复印纸', spec: '70g 500张/包', uom: '包', category: 'office_supplies' },
  requestedQty: 12,
  byDepartment: [
    { departmentId: 21, quantity: 8 },
    { departmentId: 22, quantity: 4 },
  ],
  stockQty: 5,
  nettedQty: 7,
  proposedQty: 7,
  proposedReason: null,
  estUnitPriceFen: 2350,
  estSupplier: { id: 3, name: '得力京东自营旗舰店' },
  amountFen: 16450,
};

/** 信息技术部's request line for toner the plan specs cut or defer. */
export const TONER_SOURCE: PlanSource = {
  id: 57,
  requestLineId: 140,
  requestId: 12,
  requestNumber: 'PR-IT-202612-01',
  department: { id: 21, name: '信息技术部' },
  lineNo: 2,
  item: { id: 9, code: 'OF-0107', name: '硒鼓', spec: 'HP 88A', uom: '个', category: 'consumables' },
  newItem: null,
  quantity: 3,
  neededBy: '2026-12-10',
  purpose: '打印机更换',
  estUnitPriceFen: 32900,
  late: false,
  carriedFrom: null,
  decision: 'included',
  reason: null,
};
