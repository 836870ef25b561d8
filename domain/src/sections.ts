import { AD_AGREEMENT_READER_ROLES } from './ad-agreements';
import { AD_CARD_KEEPER_ROLES, AD_READER_ROLES, CUSTOMER_READER_ROLES } from './ad-roles';
import { COLLECTION_READER_ROLES, MONTH_END_ROLES } from './ad-revenue';
import type { Role } from './roles';
import { PLAN_READER_ROLES } from './purchasing-plans';
import { PLANNING_CALENDAR_READER_ROLES } from './purchasing-calendar';
import { PURCHASE_REQUEST_READER_ROLES } from './purchasing-requests';
import { BUDGET_SECTION_ROLES } from './purchasing-budgets';
import { JOURNAL_READER_ROLES, LEDGER_BOOK_READER_ROLES } from './journal';
import { LEDGER_READER_ROLES } from './purchasing-ledgers';
import { STOCK_READER_ROLES } from './stock';
import { ORDER_READER_ROLES } from './purchasing-orders';
import { INVOICE_READER_ROLES, PAYMENT_REGISTER_ROLES, PAYMENT_REQUEST_READER_ROLES } from './settlement';
import { PRICE_READER_ROLES } from './supplier-prices';
import { LEDGER_REPORT_ROLES } from './ledger-reports';
import { NEGOTIATION_READER_ROLES } from './negotiations';
import { INQUIRY_READER_ROLES } from './sourcing';

/**
 * The portal's sections and who may open them. The side navigation shows a
 * section only to those roles, and the API's routes for that section allow the
 * same roles: one table, so the menu never offers what the server refuses.
 */
export interface Section {
  key: string;
  path: string;
  icon: string;
  label: { zh: string; en: string };
  /** Empty means every signed-in user. */
  roles: readonly Role[];
}

export const SECTIONS: readonly Section[] = [
  { key: 'home', path: '/home', icon: 'home', label: { zh: '工作台', en: 'Home' }, roles: [] },
  // Anyone may be an approver's delegate or submit a document, so everyone has an inbox.
  { key: 'approvals', path: '/approvals', icon: 'fact_check', label: { zh: '审批中心', en: 'Approvals' }, roles: [] },
  { key: 'purchase-requests', path: '/purchase-requests', icon: 'assignment', label: { zh: '采购申请', en: 'Purchase requests' }, roles: PURCHASE_REQUEST_READER_ROLES },
  { key: 'planning-calendar', path: '/planning-calendar', icon: 'event', label: { zh: '采购计划日历', en: 'Planning calendar' }, roles: PLANNING_CALENDAR_READER_ROLES },
  { key: 'prices', path: '/prices', icon: 'price_check', label: { zh: '网络电商数据库', en: 'Supplier prices' }, roles: PRICE_READER_ROLES },
  { key: 'purchase-plans', path: '/purchase-plans', icon: 'playlist_add_check', label: { zh: '公司采购计划', en: 'Purchase plans' }, roles: PLAN_READER_ROLES },
  { key: 'budgets', path: '/budgets', icon: 'account_balance_wallet', label: { zh: '预算', en: 'Budgets' }, roles: BUDGET_SECTION_ROLES },
  { key: 'stock', path: '/stock', icon: 'inventory_2', label: { zh: '库存', en: 'Stock' }, roles: STOCK_READER_ROLES },
  // Issue 15: B2B sourcing. A supplier contact sees its own company's inquiries here, and nothing else.
  { key: 'inquiries', path: '/inquiries', icon: 'request_quote', label: { zh: '询价单', en: 'Inquiries' }, roles: INQUIRY_READER_ROLES },
  { key: 'negotiations', path: '/negotiations', icon: 'forum', label: { zh: '洽谈单', en: 'Negotiations' }, roles: NEGOTIATION_READER_ROLES },
  { key: 'e-contracts', path: '/e-contracts', icon: 'history_edu', label: { zh: '电子合同', en: 'E-contracts' }, roles: NEGOTIATION_READER_ROLES },
  // The API lets anyone with a role verify; the menu offers it where contracts are part of the work.
  { key: 'e-contract-verify', path: '/e-contracts/verify', icon: 'verified', label: { zh: '合同验真', en: 'Verify a contract' }, roles: NEGOTIATION_READER_ROLES },
  { key: 'purchase-orders', path: '/purchase-orders', icon: 'shopping_cart', label: { zh: '网购订单', en: 'Online orders' }, roles: ORDER_READER_ROLES },
  { key: 'payment-requests', path: '/payment-requests', icon: 'request_page', label: { zh: '申请汇款', en: 'Payment requests' }, roles: PAYMENT_REQUEST_READER_ROLES },
  { key: 'payment-register', path: '/payment-register', icon: 'price_check', label: { zh: '付款登记台账', en: 'Payment register' }, roles: PAYMENT_REGISTER_ROLES },
  { key: 'purchase-invoices', path: '/purchase-invoices', icon: 'receipt', label: { zh: '发票签收及交接', en: 'Invoices' }, roles: INVOICE_READER_ROLES },
  { key: 'purchase-ledgers', path: '/purchase-ledgers', icon: 'menu_book', label: { zh: '采购台账', en: 'Purchasing ledgers' }, roles: LEDGER_READER_ROLES },
  { key: 'ad-quotes', path: '/ad-quotes', icon: 'request_quote', label: { zh: '广告报价单', en: 'Ad quotations' }, roles: AD_READER_ROLES },
  { key: 'ad-rate-cards', path: '/ad-rate-cards', icon: 'table_view', label: { zh: '广告报价表', en: 'Rate cards' }, roles: AD_READER_ROLES },
  { key: 'ad-slots', path: '/ad-slots', icon: 'view_quilt', label: { zh: '广告位', en: 'Ad slots' }, roles: [...AD_CARD_KEEPER_ROLES, 'auditor'] },
  { key: 'customers', path: '/customers', icon: 'storefront', label: { zh: '厂家', en: 'Customers' }, roles: CUSTOMER_READER_ROLES },
  { key: 'ad-agreements', path: '/ad-agreements', icon: 'handshake', label: { zh: '广告协议', en: 'Ad agreements' }, roles: AD_AGREEMENT_READER_ROLES },
  { key: 'journal', path: '/journal', icon: 'receipt_long', label: { zh: '记账凭证', en: 'Journal' }, roles: JOURNAL_READER_ROLES },
  { key: 'accounts', path: '/accounts', icon: 'menu_book', label: { zh: '会计科目', en: 'Chart of accounts' }, roles: LEDGER_BOOK_READER_ROLES },
  { key: 'periods', path: '/periods', icon: 'event_available', label: { zh: '会计期间', en: 'Periods' }, roles: LEDGER_BOOK_READER_ROLES },
  { key: 'collections', path: '/collections', icon: 'payments', label: { zh: '收款', en: 'Collections' }, roles: COLLECTION_READER_ROLES },
  { key: 'income-recognition', path: '/income-recognition', icon: 'event_repeat', label: { zh: '月末结转', en: 'Month-end' }, roles: MONTH_END_ROLES },
  { key: 'ledger-reports', path: '/ledger-reports', icon: 'query_stats', label: { zh: '财务报表', en: 'Ledger reports' }, roles: LEDGER_REPORT_ROLES },
  { key: 'users', path: '/admin/users', icon: 'group', label: { zh: '用户与角色', en: 'Users & roles' }, roles: ['admin'] },
  { key: 'units', path: '/admin/units', icon: 'account_tree', label: { zh: '组织机构', en: 'Organisation' }, roles: ['admin'] },
  { key: 'approval-policies', path: '/approvals/policies', icon: 'rule', label: { zh: '审批流程', en: 'Approval policies' }, roles: ['admin', 'auditor'] },
  { key: 'audit', path: '/audit', icon: 'history', label: { zh: '审计日志', en: 'Audit log' }, roles: ['admin', 'auditor'] },
];

export function sectionsFor(roles: readonly string[]): Section[] {
  // An external user (issue 15) sees its home (工作台, with the cards made for it) and the sections
  // that name it: not approvals nor anything else for every signed-in user.
  if (roles.includes('supplier_contact')) return SECTIONS.filter((s) => s.key === 'home' || s.roles.includes('supplier_contact'));
  return SECTIONS.filter((s) => s.roles.length === 0 || s.roles.some((r) => roles.includes(r)));
}

export function sectionRoles(key: string): readonly Role[] {
  const s = SECTIONS.find((x) => x.key === key);
  if (!s) throw new Error(`unknown section ${key}`);
  return s.roles;
}
