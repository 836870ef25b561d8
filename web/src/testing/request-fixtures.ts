import type { ItemOption, PurchaseRequest, RequestLine, RequestSummary } from '../app/features/purchase-requests/purchase-requests.api';

/** 办公室's A4 paper, priced from a JD shop: the catalogue line the request specs show. */
export const PAPER: ItemOption = {
  id: 11,
  code: 'OF-0001',
  name: 'A4 复印纸',
  spec: '70g 500张/包',
  uom: '包',
  category: 'office_supplies',
  estimate: { unitPriceFen: 2_350, supplierId: 3, shopName: '得力京东自营旗舰店', platform: 'jd', observedOn: '2026-11-05' },
};

/** Network cable sold by the metre, so a line may ask for 12.5 of it. */
export const CABLE: ItemOption = {
  id: 12,
  code: 'OF-0107',
  name: '超五类网线',
  spec: '305米/箱',
  uom: '米',
  category: 'consumables',
  estimate: { unitPriceFen: 1_999, supplierId: 4, shopName: '绿联天猫旗舰店', platform: 'tmall', observedOn: '2026-11-12' },
};

export function line(item: ItemOption, quantity: number, lineNo: number, extra: Partial<RequestLine> = {}): RequestLine {
  const { estimate, ...ref } = item;
  return {
    id: 100 + lineNo,
    lineNo,
    item: ref,
    newItem: null,
    mappedItem: null,
    uom: item.uom,
    quantity,
    neededBy: '2026-12-10',
    purpose: '日常办公',
    estimate,
    estAmountFen: 0,
    status: 'draft',
    planReason: null,
    planNumber: null,
    ...extra,
  };
}

/** The IT department's December draft to 办公室. */
export function draft(extra: Partial<PurchaseRequest> = {}): PurchaseRequest {
  return {
    id: 5,
    number: 'PR-OFFICE-202612-0003',
    department: { id: 21, code: 'IT', name: '信息技术部' },
    buyingUnit: { id: 7, code: 'OFFICE', name: '办公室' },
    month: '2026-12',
    status: 'draft',
    late: false,
    overBudgetFen: null,
    totalFen: 0,
    lineCount: 1,
    createdBy: { id: 30, name: '王芳' },
    submittedAt: null,
    updatedAt: '2026-11-26T08:00:00Z',
    version: 2,
    note: '',
    lines: [line(PAPER, 1, 1)],
    calendar: { cutoffOn: '2026-11-20', status: 'open' },
    approval: null,
    actions: ['edit', 'submit', 'delete'],
    ...extra,
  };
}

/** A signed-in user as the session store holds it, with one role on one unit. */
export function sessionOf(username: string, role: string, unitId = 21, unitName = '信息技术部') {
  return {
    session: {
      status: 'signedIn',
      error: null,
      user: { id: 30, username, displayName: '王芳', unitId, unitName, roles: [{ role, unitId, unitName }] },
    },
  };
}

/** The draft as the list shows it. */
export function summaryOf(r: PurchaseRequest): RequestSummary {
  const { note: _note, lines: _lines, calendar: _calendar, approval: _approval, actions: _actions, ...summary } = r;
  return summary;
}
