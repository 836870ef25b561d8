import type { Knex } from 'knex';
import { PURCHASE_REQUEST_ALL_READER_ROLES, PURCHASE_REQUEST_WRITER_ROLES, type ScopeGrant } from '@portal/domain';
import { Forbidden } from '../../http/errors';
import type { SessionUser } from '../../http/session';
import { grantsReach, inScopeOr404, loadUnitTree } from '../units/units.scope';
import * as repo from './purchase-requests.repo';

/**
 * Who sees which department requests (issue 12, Roles), by the one scope service:
 * a requester its department's (with what lies under it), a department head the
 * departments under its grant, a purchasing clerk those bought by its unit,
 * leadership, finance and audit every one. Anything else is 404, never 403.
 */
export async function scopeOf(db: Knex, grants: readonly ScopeGrant[]): Promise<repo.RequestScope> {
  if (grants.some((g) => PURCHASE_REQUEST_ALL_READER_ROLES.includes(g.role))) return { all: true, departmentIds: [], buyingUnitIds: [] };
  const tree = await loadUnitTree(db);
  const departments = tree.subtreeScope(grants, ['requester', 'dept_head']);
  const buyingUnits = tree.subtreeScope(grants, ['purchasing_clerk']);
  // A grant on the root reaches every unit.
  if (departments === null || buyingUnits === null) return { all: true, departmentIds: [], buyingUnitIds: [] };
  return { all: false, departmentIds: departments, buyingUnitIds: buyingUnits };
}

export function inRequestScope(scope: repo.RequestScope, r: { department_id: number; buying_unit_id: number }): boolean {
  return scope.all || scope.departmentIds.includes(r.department_id) || scope.buyingUnitIds.includes(r.buying_unit_id);
}

/** A request this user may read; another department's (or buying unit's) does not exist for them. */
export async function visibleRequest(db: Knex, viewer: SessionUser, id: number, opts: { lock?: boolean } = {}): Promise<repo.RequestRow> {
  const row = await repo.findRequest(db, id, opts);
  const scope = row ? await scopeOf(db, viewer.roles) : { all: false, departmentIds: [], buyingUnitIds: [] };
  return inScopeOr404(row && inRequestScope(scope, row) ? [row.id] : [], row, (r) => r.id);
}

/** Whether this user writes requests for the department: a requester granted on it or above it. */
export const writesFor = (db: Knex, grants: readonly ScopeGrant[], departmentId: number) => grantsReach(db, grants, PURCHASE_REQUEST_WRITER_ROLES, departmentId);

/** The request, readable and writable by this user: a department head reads but does not write its requests. */
export async function writableRequest(db: Knex, viewer: SessionUser, id: number): Promise<repo.RequestRow> {
  const row = await visibleRequest(db, viewer, id, { lock: true });
  if (!(await writesFor(db, viewer.roles, row.department_id))) {
    throw new Forbidden('purchaseRequests.notRequester', { unit: { zh: row.department_name_zh, en: row.department_name_en } });
  }
  return row;
}
