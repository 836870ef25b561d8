import type { Knex } from 'knex';
import { AD_AGREEMENT_READER_ROLES, agreementRoles, calendarDay, type ScopeGrant } from '@portal/domain';
import type { Lang } from '../../http/lang';
import type { SessionUser } from '../../http/session';
import { inScopeOr404, loadUnitTree, placeScope, type PlacedUnit, type Scope } from '../units/units.scope';
import * as repo from './ad-agreements.repo';

/**
 * Who sees an agreement and what they may do to it, by the one scope service (units.scope):
 * a branch's people see their branch's agreements only (another's is a 404), head office
 * roles, finance, leadership and audit see all; drafting, signing and receiving follow the
 * domain's agreementRoles.
 */

/** Agreements run on the company's calendar day (China time), whatever the server's zone. */
export const today = () => calendarDay(new Date());

export const unitName = (u: { name_zh: string; name_en: string }, lang: Lang) => (lang === 'zh' ? u.name_zh : u.name_en);

export function scopeOf(db: Knex, grants: readonly ScopeGrant[]): Promise<Scope> {
  return placeScope(db, grants, AD_AGREEMENT_READER_ROLES);
}

/** An agreement this user may read; another branch's does not exist for them (404). */
export async function visibleAgreement(db: Knex, viewer: SessionUser, id: number, opts: { lock?: boolean } = {}) {
  const row = await repo.findAgreement(db, id, opts);
  return inScopeOr404(row ? await scopeOf(db, viewer.roles) : [], row, (r) => r.unit_id);
}

type May = ReturnType<typeof agreementRoles>;

/** What these grants may do for the agreements of any unit, over the tree loaded once (a list asks per row). */
export async function mayFor(db: Knex, grants: readonly ScopeGrant[]): Promise<(unitId: number) => { unit: PlacedUnit | undefined; may: May }> {
  const tree = await loadUnitTree(db);
  const placed = grants.map((g) => {
    const p = tree.place(g.unitId);
    return { role: g.role, branchId: p ? (p.branch?.id ?? null) : undefined };
  });
  return (unitId) => {
    const unit = tree.get(unitId);
    return { unit, may: unit ? agreementRoles(placed, unit) : { draft: false, sign: false, receive: false } };
  };
}

/** The unit (HQ or a branch) and what these grants may do for its agreements. */
export async function mayOn(db: Knex, grants: readonly ScopeGrant[], unitId: number): Promise<{ unit: PlacedUnit | undefined; may: May }> {
  return (await mayFor(db, grants))(unitId);
}

/** The units whose drafts these grants sign: a GM's branch, HQ for 电子商务部. */
export async function unitsSignedBy(db: Knex, grants: readonly ScopeGrant[]): Promise<number[]> {
  const tree = await loadUnitTree(db);
  const out = new Set<number>();
  for (const g of grants) {
    const p = tree.place(g.unitId);
    if (!p) continue;
    if (g.role === 'branch_gm' && p.branch) out.add(p.branch.id);
    if (g.role === 'ecommerce_staff' && !p.branch && p.root.kind === 'hq') out.add(p.root.id);
  }
  return [...out];
}
