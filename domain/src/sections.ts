import type { Role } from './roles';

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
  { key: 'users', path: '/admin/users', icon: 'group', label: { zh: '用户与角色', en: 'Users & roles' }, roles: ['admin'] },
  { key: 'units', path: '/admin/units', icon: 'account_tree', label: { zh: '组织机构', en: 'Organisation' }, roles: ['admin'] },
  { key: 'audit', path: '/audit', icon: 'history', label: { zh: '审计日志', en: 'Audit log' }, roles: ['admin', 'auditor'] },
];

export function sectionsFor(roles: readonly string[]): Section[] {
  return SECTIONS.filter((s) => s.roles.length === 0 || s.roles.some((r) => roles.includes(r)));
}

export function sectionRoles(key: string): readonly Role[] {
  const s = SECTIONS.find((x) => x.key === key);
  if (!s) throw new Error(`unknown section ${key}`);
  return s.roles;
}
