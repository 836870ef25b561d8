import type { Knex } from 'knex';
import { AD_READER_ROLES, type Role } from '@portal/domain';
import { Forbidden, Invalid } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { SessionUser } from '../../http/session';
import { inScopeOr404, loadUnitTree, placeScope, type Place, type Scope } from '../units/units.scope';
import * as repo from './ad-quotes.repo';

/**
 * Who sees and who quotes, by the one scope service (units.scope) and the domain's
 * tree rules: a quote belongs to HQ or to a branch, a branch sees its own quotes,
 * head office every quote; quoting roles by the domain's adQuoterRoles.
 */

type Grant = { role: Role; unitId: number };

export const unitName = (u: { name_zh: string; name_en: string }, lang: Lang) => (lang === 'zh' ? u.name_zh : u.name_en);

/**
 * The units whose quotes these grants may read: every unit when any ad role is held
 * on the HQ side (e-commerce, the centre GM, finance, audit); otherwise only the
 * branches the roles are granted in. null means all.
 */
export function scopeOf(db: Knex, grants: readonly Grant[]): Promise<Scope> {
  return placeScope(db, grants, AD_READER_ROLES);
}

/** A quote this user may read; another branch's quote does not exist for them (404, so ids leak nothing). */
export async function visibleQuote(db: Knex, viewer: SessionUser, id: number, opts: { lock?: boolean } = {}) {
  const row = await repo.findQuote(db, id, opts);
  return inScopeOr404(row ? await scopeOf(db, viewer.roles) : [], row, (r) => r.unit_id);
}

/** The unit's place (itself, its branch, the root) and the quoting roles these grants hold for it. */
export async function placeWithGrants(db: Knex, unitId: number, grants: readonly Grant[]): Promise<{ place: Place | undefined; roles: Role[] }> {
  const tree = await loadUnitTree(db);
  const place = tree.place(unitId) ?? undefined;
  return { place, roles: place ? tree.quoterRoles(grants, unitId) : [] };
}

/** The quote's unit, which must be HQ or a branch, and the roles this user quotes for it with. */
export async function quotingUnit(db: Knex, viewer: SessionUser, unitId: number, lang: Lang) {
  const { place, roles } = await placeWithGrants(db, unitId, viewer.roles);
  if (!place || (place.unit.kind !== 'hq' && place.unit.kind !== 'branch')) throw Invalid.field('unitId', 'adQuotes.badUnit');
  if (roles.length === 0) throw new Forbidden('adQuotes.notYourUnit', { unit: unitName(place.unit, lang) });
  return { place, roles };
}
