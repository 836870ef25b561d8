/**
 * Kinds of organisation unit (DOMAIN.md §1): HQ with its centres and user
 * departments; branches with their departments.
 */
export const UNIT_KINDS = ['hq', 'centre', 'department', 'branch', 'branch_department'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, { zh: string; en: string }> = {
  hq: { zh: '总部', en: 'Head office' },
  centre: { zh: '中心/处室', en: 'Centre / office' },
  department: { zh: '部门', en: 'Department' },
  branch: { zh: '分部', en: 'Branch' },
  branch_department: { zh: '分部部门', en: 'Branch department' },
};

/** Which kinds may sit directly under which: keeps the tree the shape the company has. */
export const ALLOWED_PARENT_KINDS: Record<UnitKind, readonly UnitKind[]> = {
  hq: [],
  centre: ['hq', 'centre'],
  department: ['hq', 'centre'],
  branch: ['hq'],
  branch_department: ['branch'],
};

export function canNest(child: UnitKind, parent: UnitKind | null): boolean {
  if (parent === null) return child === 'hq';
  return ALLOWED_PARENT_KINDS[child].includes(parent);
}
