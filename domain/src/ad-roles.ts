import type { Role } from './roles';

/**
 * Who takes part in ad sales (DOMAIN.md §3). Quoters may draft and submit quotations:
 * HQ e-commerce staff for HQ, branch clerks for their branch, and the GMs who approve
 * discounts may also quote. Readers add those who only look: branch marketers print
 * cards and quotes, finance books the income, audit reads everything.
 */
export const AD_QUOTER_ROLES: readonly Role[] = ['ecommerce_staff', 'branch_ecommerce_clerk', 'branch_gm', 'hq_center_gm'];
export const AD_READER_ROLES: readonly Role[] = [...AD_QUOTER_ROLES, 'branch_marketer', 'finance', 'auditor'];
/** Ad slots and the monthly rate card are drafted and issued centrally by HQ E-commerce Dept. */
export const AD_CARD_KEEPER_ROLES: readonly Role[] = ['ecommerce_staff'];
/** Customers (厂家) are kept by those who quote; finance and audit read them. */
export const CUSTOMER_READER_ROLES: readonly Role[] = [...AD_QUOTER_ROLES, 'finance', 'auditor'];
