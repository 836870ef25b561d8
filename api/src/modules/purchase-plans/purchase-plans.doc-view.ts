import { ITEM_CATEGORY_INFO, PLAN_STATUS_LABELS, ROLE_LABELS, type ItemCategory } from '@portal/domain';
import type { PurchasePlan } from '@portal/domain/contracts';

/**
 * The company plan as its print-outs (PDF and XLSX) need it: the stored plan already in the
 * reader's language, its lines grouped by category, and the approval chain with names and times.
 */
export interface PlanDocumentView {
  lang: 'zh' | 'en';
  number: string;
  unitName: string;
  /** 'YYYY-MM'. */
  month: string;
  statusLabel: string;
  final: boolean;
  createdBy: string;
  printedAt: string;
  departments: { id: number; name: string }[];
  groups: { category: string; lines: PurchasePlan['lines']; subtotalFen: number }[];
  totalFen: number;
  /** Each step of the current round: who approved it and when, or who it waits for. */
  chain: { step: string; who: string; at: string }[];
  sources: PurchasePlan['sources'];
}

export const PLAN_DOC_TEXT = {
  zh: {
    company: '华瑞电器股份有限公司',
    title: '公司采购计划',
    number: '编号',
    unit: '采购单位',
    month: '计划月份',
    status: '状态',
    createdBy: '编制人',
    printedAt: '打印时间',
    planBlock: '计划信息',
    summaryBlock: '汇总',
    departments: '申请部门',
    items: '物资项数',
    no: '序号',
    item: '物资名称 / 规格',
    uom: '单位',
    byDept: '各部门申请量',
    requested: '申请合计',
    stock: '库存',
    proposed: '建议采购',
    price: '估计单价',
    amount: '估计金额',
    subtotal: '小计',
    total: '合计',
    inWords: '大写',
    chain: '审批记录',
    noChain: '尚未报批',
    approved: '已审批',
    waiting: '待审批',
    draftMark: '草稿',
    page: (n: number, total: number) => `第 ${n} 页 / 共 ${total} 页`,
    monthLabel: (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`,
    sheetLines: '采购计划',
    sheetSources: '部门申请明细',
    colCategory: '类别',
    colCode: '物资编码',
    colSpec: '规格',
    colReason: '调整原因',
    colRequest: '申请单号',
    colDept: '部门',
    colQty: '数量',
    colDecision: '处理',
    colDecisionReason: '原因',
    colLate: '逾期',
    yes: '是',
  },
  en: {
    company: 'Huarui Electric Appliances Co., Ltd.',
    title: 'Company purchase plan',
    number: 'No.',
    unit: 'Buying unit',
    month: 'Month',
    status: 'Status',
    createdBy: 'Prepared by',
    printedAt: 'Printed',
    planBlock: 'Plan',
    summaryBlock: 'Summary',
    departments: 'Departments',
    items: 'Items',
    no: '#',
    item: 'Item / specification',
    uom: 'Unit',
    byDept: 'Requested by department',
    requested: 'Requested',
    stock: 'Stock',
    proposed: 'To buy',
    price: 'Est. price',
    amount: 'Est. amount',
    subtotal: 'Subtotal',
    total: 'Total',
    inWords: 'In words',
    chain: 'Approvals',
    noChain: 'Not yet submitted',
    approved: 'Approved',
    waiting: 'Waiting',
    draftMark: 'DRAFT',
    page: (n: number, total: number) => `Page ${n} of ${total}`,
    monthLabel: (m: string) => m,
    sheetLines: 'Purchase plan',
    sheetSources: 'Department requests',
    colCategory: 'Category',
    colCode: 'Item code',
    colSpec: 'Specification',
    colReason: 'Why changed',
    colRequest: 'Request',
    colDept: 'Department',
    colQty: 'Quantity',
    colDecision: 'Decision',
    colDecisionReason: 'Reason',
    colLate: 'Late',
    yes: 'Yes',
  },
} as const;

export type PlanDocText = (typeof PLAN_DOC_TEXT)['zh' | 'en'];

/** The plan's lines grouped by item category, in the categories' order, each with its subtotal. */
export function groupedLines(plan: PurchasePlan, lang: 'zh' | 'en'): PlanDocumentView['groups'] {
  const order = Object.keys(ITEM_CATEGORY_INFO) as ItemCategory[];
  return order
    .map((c) => {
      const lines = plan.lines.filter((l) => l.item.category === c);
      return { category: ITEM_CATEGORY_INFO[c][lang], lines, subtotalFen: lines.reduce((s, l) => s + l.amountFen, 0) };
    })
    .filter((g) => g.lines.length > 0);
}

export function statusLabel(plan: PurchasePlan, lang: 'zh' | 'en'): string {
  return PLAN_STATUS_LABELS[plan.status][lang];
}

export const roleName = (role: keyof typeof ROLE_LABELS, lang: 'zh' | 'en') => ROLE_LABELS[role][lang];
