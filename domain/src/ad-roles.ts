import type { Role } from './roles';

/**
 * Who takes part in ad sales (DOMAIN.md §3). Quoters may draft and submit quotations:
 * HQ e-commerce staff for HQ, branch clerks for their branch, and the GMs who approve
 * discounts may also quote. Readers add those who only look: branch marketers print
 * cards and quotes, finance books the income, audit reads everything.
 */
export const AD_QUOTER_ROLE_KEYS = ['ecommerce_staff', 'branch_ecommerce_clerk', 'branch_gm', 'hq_center_gm'] as const satisfies readonly Role[];
export const AD_QUOTER_ROLES: readonly Role[] = AD_QUOTER_ROLE_KEYS;
export const AD_READER_ROLES: readonly Role[] = [...AD_QUOTER_ROLES, 'branch_marketer', 'finance', 'auditor'];
/**
 * Who may print a quote's internal copy (approval trail, internal status): everyone who reads
 * quotes except branch marketers, who hand quotes to customers and see no approvals on screen either.
 */
export const AD_INTERNAL_COPY_ROLES: readonly Role[] = [...AD_QUOTER_ROLES, 'finance', 'auditor'];
/** Ad slots and the monthly rate card are drafted and issued centrally by HQ E-commerce Dept. */
export const AD_CARD_KEEPER_ROLES: readonly Role[] = ['ecommerce_staff'];
/** Customers (厂家) are kept by those who quote; finance and audit read them. */
export const CUSTOMER_READER_ROLES: readonly Role[] = [...AD_QUOTER_ROLES, 'finance', 'auditor'];

/** A grant's role and where its unit sits: inside a branch (its id), at HQ (null); undefined when unknown. */
export interface PlacedGrant {
  role: Role;
  branchId: number | null | undefined;
}

/**
 * The quoting roles a user holds for a quote owned by HQ or by a branch: a branch's own
 * clerk and GM quote for that branch; HQ E-commerce and the HQ centre GM quote for HQ;
 * the HQ centre GM, whose authority covers every branch (DOMAIN.md §3), for a branch too.
 */
export function adQuoterRoles(grants: readonly PlacedGrant[], owner: { kind: string; id: number }): Role[] {
  const roles = new Set<Role>();
  for (const g of grants) {
    if (!AD_QUOTER_ROLES.includes(g.role) || g.branchId === undefined) continue;
    const atHq = g.branchId === null;
    if (owner.kind === 'branch') {
      if (g.branchId === owner.id || (g.role === 'hq_center_gm' && atHq)) roles.add(g.role);
    } else if (owner.kind === 'hq' && atHq && (g.role === 'ecommerce_staff' || g.role === 'hq_center_gm')) {
      roles.add(g.role);
    }
  }
  return [...roles];
}
