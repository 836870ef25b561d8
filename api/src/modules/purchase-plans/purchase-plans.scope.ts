import type { Knex } from 'knex';
import { BUYING_UNITS, hasAnyRole, PLAN_KEEPER_ROLES, PLAN_READ_ALL_ROLES, type BuyingUnit } from '@portal/domain';
import { Forbidden } from '../../http/errors';
import type { SessionUser } from '../../http/session';
import { grantsReach, inScopeOr404, loadUnitTree, subtreeScope, type PlacedUnit, type Scope } from '../units/units.scope';
import * as repo from './purchase-plans.repo';

/**
 * Who sees and keeps plans, by the one scope service: the clerk of a buying unit keeps
 * that unit's plans and sees no other unit's (404); company leaders, finance and audit
 * read every plan wherever they are granted (finance sits in 财务中心, not above 办公室).
 */
export async function readScope(db: Knex, viewer: SessionUser): Promise<Scope> {
  if (hasAnyRole(viewer.roles, PLAN_READ_ALL_ROLES)) return null;
  return subtreeScope(db, viewer.roles, PLAN_KEEPER_ROLES);
}

export function keeps(db: Knex, viewer: SessionUser, unitId: number): Promise<boolean> {
  return grantsReach(db, viewer.roles, PLAN_KEEPER_ROLES, unitId);
}

/** The buying unit of a code, which the viewer may read; another unit's month is 404 to a clerk. */
export async function readableUnit(db: Knex, viewer: SessionUser, code: BuyingUnit): Promise<PlacedUnit> {
  const unit = (await loadUnitTree(db)).units.find((u) => u.code === code && (BUYING_UNITS as readonly string[]).includes(u.code));
  return inScopeOr404(await readScope(db, viewer), unit, (u) => u.id);
}

/** The buying unit the viewer keeps plans for: another clerk's is 404; a unit they only read, 403. */
export async function keptUnit(db: Knex, viewer: SessionUser, code: BuyingUnit): Promise<PlacedUnit> {
  const unit = await readableUnit(db, viewer, code);
  if (!(await keeps(db, viewer, unit.id))) throw new Forbidden('purchasePlans.notYourUnit');
  return unit;
}

/** A plan this viewer may read (lock: for update); otherwise 404. */
export async function visiblePlan(db: Knex, viewer: SessionUser, id: number, opts: { lock?: boolean } = {}): Promise<repo.PlanRow> {
  const row = await repo.findPlan(db, id, opts);
  return inScopeOr404(row ? await readScope(db, viewer) : [], row, (p) => p.unit_id);
}

/** A plan this viewer keeps, locked for the change: another clerk's is 404; one they only read, 403. */
export async function keptPlan(trx: Knex, viewer: SessionUser, id: number): Promise<repo.PlanRow> {
  const row = await visiblePlan(trx, viewer, id, { lock: true });
  if (!(await keeps(trx, viewer, row.unit_id))) throw new Forbidden('purchasePlans.notYourUnit');
  return row;
}
