/**
 * The roles of DOMAIN.md §1. A user may hold several, each scoped to one unit
 * (a branch GM acts for one branch only), so a grant is always (role, unit).
 */
export const ROLES = [
  'requester',
  'purchasing_clerk',
  'dept_head',
  'company_leader',
  'ecommerce_staff',
  'branch_ecommerce_clerk',
  'branch_marketer',
  'branch_gm',
  'hq_center_gm',
  'finance',
  'admin',
  'auditor',
  // Issue 15: an external user acting for one supplier company (SessionUser.supplierId), never for a unit of ours.
  'supplier_contact',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** What the users call each role, in both working languages. */
export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  requester: { zh: '用料部门申请人', en: 'Requester' },
  purchasing_clerk: { zh: '网络采购员', en: 'Purchasing clerk' },
  dept_head: { zh: '部门负责人', en: 'Department head' },
  company_leader: { zh: '公司领导', en: 'Company leader' },
  ecommerce_staff: { zh: '电子商务部', en: 'E-commerce staff' },
  branch_ecommerce_clerk: { zh: '分部电子商务员', en: 'Branch e-commerce clerk' },
  branch_marketer: { zh: '分部广宣/市场', en: 'Branch marketer' },
  branch_gm: { zh: '分部总经理', en: 'Branch GM' },
  hq_center_gm: { zh: '总部售后服务中心总经理', en: 'HQ centre GM' },
  finance: { zh: '财务', en: 'Finance' },
  admin: { zh: '系统管理员', en: 'Administrator' },
  auditor: { zh: '内部审计', en: 'Auditor' },
  supplier_contact: { zh: '供应商联系人', en: 'Supplier contact' },
};

/** A role held in a unit, as the session carries it. */
export interface RoleGrant {
  role: Role;
  unitId: number;
  unitName: string;
  /** The unit's English name, for the toolbar and home page in English. */
  unitNameEn: string;
}

export function hasAnyRole(grants: readonly { role: string }[], allowed: readonly Role[]): boolean {
  return grants.some((g) => (allowed as readonly string[]).includes(g.role));
}
