import type { Knex } from 'knex';
import { formatZheRounded, ROLE_LABELS, type DiscountAuthority, type Role } from '@portal/domain';
import { Conflict, Invalid } from '../../http/errors';
import type { Actor } from '../../http/route';
import { audit } from '../audit/audit.service';
import * as repo from './ad-discount-authority.repo';
import type { ReplaceAuthority } from './ad-discount-authority.schema';

function toAuthority(r: repo.AuthorityRow) {
  return { version: r.version, floorBp: r.floor_bp, authority: r.authority, updatedAt: r.updated_at };
}

/** 广告费折扣权限 as the admin last set it; decideDiscount applies it. */
export async function currentAuthority(db: Knex): Promise<{ floorBp: number; authority: DiscountAuthority }> {
  const r = await repo.findAuthority(db);
  return { floorBp: r.floor_bp, authority: r.authority };
}

export async function readAuthority(db: Knex) {
  return toAuthority(await repo.findAuthority(db));
}

export async function replaceAuthority(db: Knex, actor: Actor, input: ReplaceAuthority) {
  // Nobody may be given more than the floor allows: it is the one limit no approval lifts.
  const errors = Object.entries(input.authority)
    .filter(([, bp]) => bp < input.floorBp)
    .map(([role, bp]) => ({ path: `authority.${role}`, message: 'adDiscountAuthority.belowFloor', params: { role: ROLE_LABELS[role as Role], floor: formatZheRounded(input.floorBp), bp } }));
  if (errors.length) throw new Invalid(errors);
  return db.transaction(async (trx) => {
    const before = await repo.findAuthority(trx, { lock: true });
    if (before.version !== input.version) throw Conflict.stale();
    if (!(await repo.updateAuthority(trx, input.version, { floor_bp: input.floorBp, authority: input.authority, updated_by: actor.userId }))) {
      throw Conflict.stale();
    }
    const after = await repo.findAuthority(trx);
    await audit(trx, actor, { action: 'ad_discount_authority.update', entity: 'ad_discount_authority', entityId: 1, before, after });
    return toAuthority(after);
  });
}
