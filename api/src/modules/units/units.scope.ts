import type { Knex } from 'knex';
import { unitTree, type Role, type ScopeGrant, type UnitPlace, type UnitTree } from '@portal/domain';
import { NotFound } from '../../http/errors';
import * as repo from './units.repo';

/**
 * Who may see which records: the one scope service every module calls instead of
 * walking the unit tree itself. The tree rules are the domain's (domain/src/scope.ts);
 * this file loads the tree and turns "out of scope" into a 404, so an id of a record
 * one may not see reveals nothing.
 *
 * A scope is the list of keys a reader may see, or null for everything. The key is
 * whatever places a record: usually a unit id, but not always, e.g.
 *
 *   // Branch ad revenue: a branch sees its own branch, head office every branch.
 *   const scope = await placeScope(db, viewer.roles, AD_READER_ROLES);    // branch ids | null
 *   repo.listRevenue(db, { branchIds: scope, ... });
 *   inScopeOr404(scope, await repo.findEntry(db, id), (e) => e.branch_id);
 *
 *   // Purchase plans: a clerk sees the plans of the buying unit (办公室/供应处) granted to them;
 *   // a requester's department finds its buying unit by walking up (ancestry / place).
 *   const scope = await subtreeScope(db, viewer.roles, ['purchasing_clerk']);  // unit ids | null
 *   inScopeOr404(scope, plan, (p) => p.buying_unit_id);
 *
 *   // Supplier contacts: scoped to a supplier, not a unit; the module decides the keys.
 *   const scope: Scope<number> = await suppliersOf(db, viewer);             // supplier ids | null
 *   inScopeOr404(scope, contact, (c) => c.supplier_id);
 */
export type Scope<K = number> = readonly K[] | null;

/** The tree's units as the scope rules and the screens need them. */
export interface PlacedUnit {
  id: number;
  parentId: number | null;
  kind: string;
  code: string;
  name_zh: string;
  name_en: string;
}

export type Place = UnitPlace<PlacedUnit>;

/** The whole unit tree, in one query (tens of rows), for the domain's rules to walk. */
export async function loadUnitTree(db: Knex): Promise<UnitTree<PlacedUnit>> {
  const rows = await repo.listUnits(db);
  return unitTree(rows.map((r) => ({ id: r.id, parentId: r.parent_id, kind: r.kind, code: r.code, name_zh: r.name_zh, name_en: r.name_en })));
}

/** The unit, the branch it lies in (null at head office) and the root; undefined if there is no such unit. */
export async function placeOf(db: Knex, unitId: number): Promise<Place | undefined> {
  return (await loadUnitTree(db)).place(unitId) ?? undefined;
}

/** The unit and those above it, itself first. */
export async function ancestryOf(db: Knex, unitId: number): Promise<PlacedUnit[]> {
  return (await loadUnitTree(db)).ancestry(unitId);
}

/** The branches these grants (in these roles) may read: null when one is held at head office. */
export async function placeScope(db: Knex, grants: readonly ScopeGrant[], roles: readonly Role[]): Promise<Scope> {
  return (await loadUnitTree(db)).placeScope(grants, roles);
}

/** The units these grants (in these roles) reach, each with everything under it: null when one is on the root. */
export async function subtreeScope(db: Knex, grants: readonly ScopeGrant[], roles: readonly Role[]): Promise<Scope> {
  return (await loadUnitTree(db)).subtreeScope(grants, roles);
}

/** Does any of these grants, in these roles, sit on the record's unit or above it? */
export async function grantsReach(db: Knex, grants: readonly ScopeGrant[], roles: readonly Role[], unitId: number): Promise<boolean> {
  return (await loadUnitTree(db)).reaches(grants, roles, unitId);
}

export function inScope<K>(scope: Scope<K>, key: K): boolean {
  return scope === null || scope.includes(key);
}

/** The record when its key is in scope; otherwise (or when there is no record) a 404, never a 403. */
export function inScopeOr404<T, K>(scope: Scope<K>, record: T | undefined | null, keyOf: (r: T) => K): T {
  if (record === undefined || record === null || !inScope(scope, keyOf(record))) throw new NotFound();
  return record;
}
