import { AD_QUOTER_ROLES, adQuoterRoles } from './ad-roles';
import type { QuoteScope } from './ad-discounts';
import type { Role } from './roles';

/**
 * Where a record sits in the organisation, and whose grants reach it: the one rule over
 * the unit tree that the API's scope service (api/src/modules/units/units.scope.ts) and
 * the web both apply. The tree is tens of units, so callers hold it whole and ask here.
 *
 * A role granted on a unit covers the unit and everything under it. A unit's "place" is
 * the branch it lies in (itself for a branch), or head office: HQ and its centres and
 * departments are one place, because HQ's people sit in its centres (the 售后服务中心 GM
 * is granted on 售后服务中心, not on the root), while a branch sees only its own.
 */

/** A unit as the tree rules need it; callers may carry more (names, codes) and get it back. */
export interface TreeUnit {
  id: number;
  parentId: number | null;
  kind: string;
}

/** A unit with the branch it lies in (null at head office) and the root of the tree. */
export interface UnitPlace<U extends TreeUnit = TreeUnit> {
  unit: U;
  branch: U | null;
  root: U;
}

export interface ScopeGrant {
  role: Role;
  unitId: number;
}

/** A tree deeper than this is a broken one (a cycle): the walk stops instead of looping. */
const MAX_DEPTH = 20;

/** The tree's questions, over units indexed once. */
export class UnitTree<U extends TreeUnit = TreeUnit> {
  private readonly byId: ReadonlyMap<number, U>;

  constructor(readonly units: readonly U[]) {
    this.byId = new Map(units.map((u) => [u.id, u]));
  }

  get(id: number): U | undefined {
    return this.byId.get(id);
  }

  /** The unit and those above it, itself first and the root last; empty for an unknown unit. */
  ancestry(unitId: number): U[] {
    const out: U[] = [];
    let unit = this.byId.get(unitId);
    while (unit && out.length < MAX_DEPTH) {
      out.push(unit);
      unit = unit.parentId === null ? undefined : this.byId.get(unit.parentId);
    }
    return out;
  }

  /** Is `ancestorId` the unit itself or above it? A grant on it then reaches the unit. */
  isWithin(unitId: number, ancestorId: number): boolean {
    return this.ancestry(unitId).some((u) => u.id === ancestorId);
  }

  /** The unit and everything under it, in the tree's order. */
  subtree(unitId: number): U[] {
    return this.units.filter((u) => this.isWithin(u.id, unitId));
  }

  /** The unit, its branch (the nearest above it, itself if one; null at HQ) and the root; null if unknown. */
  place(unitId: number): UnitPlace<U> | null {
    const chain = this.ancestry(unitId);
    if (chain.length === 0) return null;
    return { unit: chain[0], branch: chain.find((u) => u.kind === 'branch') ?? null, root: chain[chain.length - 1] };
  }

  /** The HQ-or-branch unit a unit belongs to: the branch above it, else the HQ root (null if the root is not HQ). */
  owningUnit(unitId: number): U | null {
    const p = this.place(unitId);
    if (!p) return null;
    return p.branch ?? (p.root.kind === 'hq' ? p.root : null);
  }

  /** A record of a unit inside a branch follows the branch's rules; anything else is HQ's. Null if unknown. */
  quoteScope(unitId: number): QuoteScope | null {
    const p = this.place(unitId);
    return p ? (p.branch ? 'branch' : 'hq') : null;
  }

  /** Does any of these grants, in one of these roles, sit on the unit or above it? */
  reaches(grants: readonly ScopeGrant[], roles: readonly Role[], unitId: number): boolean {
    return grants.some((g) => roles.includes(g.role) && this.isWithin(unitId, g.unitId));
  }

  /**
   * The places (branch ids) these grants, in these roles, may read: null (everywhere)
   * when any of them is held at head office, or on a unit the tree does not know;
   * otherwise the branches they are held in. A branch sees its own branch only.
   */
  placeScope(grants: readonly ScopeGrant[], roles: readonly Role[]): number[] | null {
    const branches = new Set<number>();
    for (const g of grants) {
      if (!roles.includes(g.role)) continue;
      const branch = this.place(g.unitId)?.branch;
      if (!branch) return null;
      branches.add(branch.id);
    }
    return [...branches];
  }

  /**
   * The units these grants, in these roles, reach (each grant's unit and everything
   * under it): null (everywhere) when one is held on the root. Without such a grant, nothing.
   */
  subtreeScope(grants: readonly ScopeGrant[], roles: readonly Role[]): number[] | null {
    const ids = new Set<number>();
    for (const g of grants) {
      if (!roles.includes(g.role)) continue;
      if (this.get(g.unitId)?.parentId === null) return null;
      for (const u of this.subtree(g.unitId)) ids.add(u.id);
    }
    return [...ids];
  }

  /** The quoting roles these grants hold for a quote owned by the unit (the rule: adQuoterRoles). */
  quoterRoles(grants: readonly ScopeGrant[], unitId: number): Role[] {
    const owner = this.get(unitId);
    if (!owner) return [];
    return adQuoterRoles(
      grants.map((g) => {
        const p = this.place(g.unitId);
        return { role: g.role, branchId: p ? (p.branch?.id ?? null) : undefined };
      }),
      owner,
    );
  }

  /** The units one may quote for (HQ or a branch where these grants' quoting roles count), in the tree's order. */
  quotingUnits(grants: readonly ScopeGrant[]): U[] {
    if (!grants.some((g) => AD_QUOTER_ROLES.includes(g.role))) return [];
    return this.units.filter((u) => (u.kind === 'hq' || u.kind === 'branch') && this.quoterRoles(grants, u.id).length > 0);
  }
}

export function unitTree<U extends TreeUnit>(units: readonly U[]): UnitTree<U> {
  return new UnitTree(units);
}

/** A quote owned by a branch (or a unit inside one) follows the branch ladder; anything else is HQ's. */
export function quoteScope(unitId: number, units: readonly TreeUnit[]): QuoteScope | null {
  return unitTree(units).quoteScope(unitId);
}

/** The HQ-or-branch unit a unit belongs to: the branch above it, else the HQ root. */
export function owningUnit<U extends TreeUnit>(unitId: number, units: readonly U[]): U | null {
  return unitTree(units).owningUnit(unitId);
}
